import { type ReactNode, useEffect } from "react";
import { useTranslation } from "react-i18next";
import { config } from "../../config";
import { isGerman, showsGerman } from "../../i18n/germanTexts";
import { useDocumentTitle } from "../../lib/document";
import { scrollToFragment } from "../../lib/fragment";
import { currentHash } from "../../lib/history";

export type InfoNamespace = "legal" | "help" | "easy";

/**
 * The frame of every page about the service: its heading, and above it, in the visitor's language,
 * a note when the text is in German only. German text inside another language's page is marked
 * lang="de" (and left to right), so screen readers pronounce it as German. A translated legal page
 * says under its heading that the German text is the binding one.
 */
export function InfoPage({
  namespace,
  title,
  draft = false,
  children,
}: {
  namespace: InfoNamespace;
  title: string;
  /** The tenant's legal data is not confirmed yet: say so. */
  draft?: boolean;
  children: ReactNode;
}) {
  const { t, i18n } = useTranslation(["app", namespace]);
  const german = showsGerman(i18n.language, namespace);
  const translatedLegal = namespace === "legal" && !isGerman(i18n.language);
  useDocumentTitle(`${title} – ${config.tenant.appName}`);

  // A link to a section (/hilfe#kamera) scrolls there once the lazily loaded text is on the page.
  useEffect(() => {
    scrollToFragment(currentHash());
  }, []);

  return (
    <article className="info-page" aria-labelledby="info-title">
      {german && (
        <p className="language-note" role="note">
          {t("app.germanOnly.easy")}
        </p>
      )}
      <div lang={german ? "de" : undefined} dir={german ? "ltr" : undefined}>
        <h1 id="info-title">{title}</h1>
        {draft && (
          <p className="draft-note" role="note">
            {t("legal:draft", { town: config.tenant.town })}
          </p>
        )}
        {translatedLegal && (
          <p className="binding-note" role="note">
            {t("legal:binding")}
          </p>
        )}
        {children}
      </div>
    </article>
  );
}

/** The language the page's text is written in, for dates and numbers. */
export function useContentLanguage(namespace: InfoNamespace): string {
  const { i18n } = useTranslation();
  return showsGerman(i18n.language, namespace) ? "de" : i18n.language;
}
