import { useEffect, useState, useSyncExternalStore } from "react";
import { useTranslation } from "react-i18next";
import { changeLanguage } from "../i18n";
import { resolveLanguage } from "../i18n/languages";
import { currentSearchParam, subscribeToNavigation } from "../lib/history";
import { browserLanguages } from "../lib/language";

const languageParam = () => currentSearchParam("lang");

/**
 * Keeps the page's language in step with the address (`?lang=tr`) or, without one, with the
 * browser's languages. Returns false until the first language's texts are there, so a Turkish
 * visitor never sees a flash of German, except on a prerendered page: nginx served it in the
 * language asked for already, and it stays readable should another one still have to load.
 */
export function useLanguage(prerendered = false): boolean {
  const chosen = useSyncExternalStore(subscribeToNavigation, languageParam, languageParam);
  const wanted = resolveLanguage(chosen, browserLanguages());
  const { i18n } = useTranslation();
  const [ready, setReady] = useState(() => prerendered || i18n.language === wanted);

  useEffect(() => {
    let active = true;
    changeLanguage(wanted).then(
      () => active && setReady(true),
      // A language chunk that fails to load (offline): German is better than nothing.
      () => active && setReady(true),
    );
    return () => {
      active = false;
    };
  }, [wanted]);

  return ready;
}
