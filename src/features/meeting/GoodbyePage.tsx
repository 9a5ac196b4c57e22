import { useTranslation } from "react-i18next";
import { Link } from "../../components/Link";
import { config } from "../../config";
import { PATHS } from "../../config/paths";
import { useDocumentTitle } from "../../lib/document";
import { currentState, navigate } from "../../lib/history";

/** Carried in history state from the call, so "Wieder beitreten" knows the room. */
export interface GoodbyeState {
  room: string;
}

/** A new room; the generator loads only now, so it does not weigh on the first page load. */
async function startAgain() {
  const { createRoomName } = await import("../rooms/createRoomName");
  navigate(`/${createRoomName()}`, { state: { created: true } });
}

export function GoodbyePage() {
  const { t } = useTranslation();
  useDocumentTitle(`${t("goodbye.title")} – ${config.tenant.appName}`);
  const room = currentState<GoodbyeState>()?.room;
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
