import { useEffect, useRef } from "react";
import { useTranslation } from "react-i18next";
import { config } from "../config";
import { PATHS } from "../config/paths";
import { withTypedInput } from "../domain/navigationState";
import { useDocumentTitle } from "../lib/document";
import { currentState, navigate, reloadPage } from "../lib/history";
import { onBackOnline } from "../lib/network";

/**
 * The page a render error ends on. Offline, a reload would only show the browser's own error, so
 * the page waits for the connection and then reloads by itself.
 */
export function ErrorPage({ offline = false }: { offline?: boolean }) {
  const { t } = useTranslation();
  const headingRef = useRef<HTMLHeadingElement>(null);
  useDocumentTitle(`${t("error.title")} – ${config.tenant.appName}`);
  // Screen readers announce the focused heading, so nobody is left on a silently changed page.
  useEffect(() => headingRef.current?.focus(), []);
  useEffect(() => (offline ? onBackOnline(reloadPage) : undefined), [offline]);

  // What was typed into the join field comes back with the person to the start page.
  const goHome = () =>
    navigate(PATHS.home, { state: withTypedInput(null, currentState().typedRoomInput ?? "") });

  return (
    <section className="message-page" aria-labelledby="error-heading">
      <h1 id="error-heading" ref={headingRef} tabIndex={-1}>
        {t("error.heading")}
      </h1>
      <p>{offline ? t("meeting.errors.offlineReload") : t("error.text")}</p>
      <div className="actions">
        <button type="button" className="button button-primary" onClick={reloadPage}>
          {t("error.reload")}
        </button>
        <button type="button" className="button button-secondary" onClick={goHome}>
          {t("error.home")}
        </button>
      </div>
    </section>
  );
}
