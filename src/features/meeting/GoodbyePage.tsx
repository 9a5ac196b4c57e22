import { useTranslation } from "react-i18next";
import { Link } from "../../components/Link";
import { config } from "../../config";
import { PATHS } from "../../config/paths";
import { useDocumentTitle } from "../../lib/document";
import { currentState, navigate } from "../../lib/history";
import { startMeeting } from "../../lib/startMeeting";

/** A new room, as "Konferenz starten" makes it; a failure has led to /neu, which explains it. */
function startAgain() {
  startMeeting().catch(() => {});
}

export function GoodbyePage() {
  const { t } = useTranslation();
  useDocumentTitle(`${t("goodbye.title")} – ${config.tenant.appName}`);
  // Carried in history state from the call, so "Wieder beitreten" knows the room.
  const room = currentState().room;
  return (
    <section className="message-page" aria-labelledby="goodbye-heading">
      <h1 id="goodbye-heading">{t("goodbye.heading")}</h1>
      <p>{t("goodbye.text", { appName: config.tenant.appName })}</p>
      <div className="actions">
        <button type="button" className="button button-primary" onClick={startAgain}>
          {t("goodbye.newMeeting")}
        </button>
        {room && (
          <button
            type="button"
            className="button button-secondary"
            onClick={() => navigate(`/${room}`)}
          >
            {t("goodbye.rejoin")}
          </button>
        )}
        <Link to={PATHS.home} className="button button-secondary">
          {t("goodbye.home")}
        </Link>
      </div>
    </section>
  );
}
