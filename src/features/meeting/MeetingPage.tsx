import { useTranslation } from "react-i18next";
import { Logo } from "../../components/Logo";
import { config } from "../../config";
import { PATHS } from "../../config/paths";
import { useDocumentTitle } from "../../lib/document";
import { navigate } from "../../lib/history";
import type { GoodbyeState } from "./GoodbyePage";
import { JitsiRoom } from "./JitsiRoom";
import { MeetingUnavailable } from "./MeetingUnavailable";
import { useExternalApi } from "./useExternalApi";

const { tenant, jitsiDomain } = config;

/** A room at `/<RoomName>`: the call fills the screen under a slim bar that names the room. */
export default function MeetingPage({ room }: { room: string }) {
  const { t, i18n } = useTranslation();
  const { state, retry } = useExternalApi(jitsiDomain);
  useDocumentTitle(`${t("meeting.title", { room })} – ${tenant.appName}`);

  const leave = () =>
    navigate(PATHS.goodbye, { replace: true, state: { room } satisfies GoodbyeState });

  return (
    <div className="meeting">
      <header className="meeting-bar">
        <Logo
          className="meeting-logo"
          title={t("app.logoAlt", { appName: tenant.appName, description: tenant.logoDescription })}
        />
        <span className="meeting-app">{tenant.appName}</span>
        <span className="meeting-room">
          <span className="visually-hidden">{t("meeting.roomLabel")}: </span>
          {room}
        </span>
      </header>
      <main className="meeting-frame" id="main">
        {state.status === "loading" && (
          <p className="meeting-status" role="status">
            {t("meeting.loading")}
          </p>
        )}
        {state.status === "failed" && <MeetingUnavailable reason={state.reason} onRetry={retry} />}
        {state.status === "ready" && (
          <JitsiRoom
            domain={jitsiDomain}
            room={room}
            lang={i18n.language}
            onReadyToClose={leave}
            loadingText={t("meeting.loading")}
          />
        )}
      </main>
    </div>
  );
}
