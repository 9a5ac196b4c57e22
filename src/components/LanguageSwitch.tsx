import { type KeyboardEvent, useEffect, useRef, useState, useSyncExternalStore } from "react";
import { useTranslation } from "react-i18next";
import { LANGUAGES, languageOf } from "../i18n/languages";
import { currentPath, subscribeToNavigation } from "../lib/history";
import { Link } from "./Link";

/**
 * Always in the header: a disclosure (native <details>, works without JavaScript) with one real
 * link per language, each named in itself and marked with its language, so a screen reader reads
 * "Türkçe" in Turkish. The choice lives in the address (`?lang=tr`), never in a cookie.
 */
export function LanguageSwitch() {
  const { t, i18n } = useTranslation();
  const path = useSyncExternalStore(subscribeToNavigation, currentPath, currentPath);
  const [open, setOpen] = useState(false);
  const summaryRef = useRef<HTMLElement>(null);
  const detailsRef = useRef<HTMLDetailsElement>(null);
  const current = languageOf(i18n.language);

  // Opened on the prerendered page before the script ran: the app takes it over as it is.
  useEffect(() => {
    if (detailsRef.current?.open) setOpen(true);
  }, []);

  const closeOnEscape = (event: KeyboardEvent<HTMLDetailsElement>) => {
    if (event.key !== "Escape" || !event.currentTarget.open) return;
    event.currentTarget.open = false;
    setOpen(false);
    summaryRef.current?.focus();
  };

  return (
    <nav className="language-switch" aria-label={t("app.language.label")}>
      <details
        ref={detailsRef}
        open={open}
        onToggle={(event) => setOpen(event.currentTarget.open)}
        onKeyDown={closeOnEscape}
      >
        <summary ref={summaryRef}>
          <GlobeIcon />
          <span className="visually-hidden">{t("app.language.current")} </span>
          <span lang={current.code}>{current.endonym}</span>
        </summary>
        <ul>
          {LANGUAGES.map((language) => (
            <li key={language.code}>
              <Link
                to={`${path}?lang=${encodeURIComponent(language.code)}`}
                lang={language.code}
                hrefLang={language.code}
                aria-current={language.code === current.code ? "true" : undefined}
                onClick={() => setOpen(false)}
              >
                {language.endonym}
              </Link>
            </li>
          ))}
        </ul>
      </details>
    </nav>
  );
}

/** The usual sign for "language", understood without reading any of them. */
function GlobeIcon() {
  return (
    <svg
      className="language-switch-icon"
      viewBox="0 0 24 24"
      aria-hidden="true"
      focusable="false"
      fill="none"
      stroke="currentColor"
      strokeWidth="2"
    >
      <circle cx="12" cy="12" r="9.5" />
      <path d="M2.5 12h19M12 2.5c2.6 2.6 4 6 4 9.5s-1.4 6.9-4 9.5c-2.6-2.6-4-6-4-9.5s1.4-6.9 4-9.5Z" />
    </svg>
  );
}
