import { useTranslation } from "react-i18next";

/**
 * The page's language, sent along by the start page's forms. A prerendered page cannot tell
 * whether its language came from the address (`?lang=ar`) or from the browser, so it always sends
 * it; /neu and /beitreten keep it only where the browser would not choose it anyway.
 */
export function PageLanguageField() {
  const { i18n } = useTranslation();
  return <input type="hidden" name="lang" value={i18n.language} />;
}
