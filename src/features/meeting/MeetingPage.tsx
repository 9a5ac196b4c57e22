import { useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import { Logo } from "../../components/Logo";
import { config } from "../../config";
import { PATHS } from "../../config/paths";
import { languageOf } from "../../i18n/languages";
import { useDocumentTitle } from "../../lib/document";
import { currentHash, currentState, navigate } from "../../lib/history";
import { replaceCurrentState } from "../../lib/historyState";
import { parseGuestFragment } from "../invite/links";
import { SharePanel } from "../invite/SharePanel";
import { CallInterrupted } from "./CallInterrupted";
import { DeviceNotice } from "./DeviceNotice";
import type { GoodbyeState } from "./GoodbyePage";
import { JitsiRoom } from "./JitsiRoom";
import { loadExternalApi } from "./loadExternalApi";
import { MeetingUnavailable } from "./MeetingUnavailable";
import { useCallProblems } from "./useCallProblems";
import { useExternalApi } from "./useExternalApi";
import { useInvitePanel } from "./useInvitePanel";
import "./MeetingPage.css";

const { tenant, jitsiDomain } = config;

/** History state of the entry into a room; `created` when "Konferenz starten" just made it. */
export interface MeetingEntryState {
  created?: boolean;
}

/**
 * Fetches (and runs) the town's Jitsi server's external_api.js ahead of the click on "Konferenz
 * starten", so the room's own load finds it ready or in flight. A failure here stays silent: the
 * room loads it again and explains any problem.
 */
export function prefetchJitsiApi() {
  loadExternalApi(jitsiDomain).catch(() => {});
}

/** A room at `/<RoomName>`: the call fills the screen under a slim bar that names the room. */
export default function MeetingPage({ room }: { room: string }) {
  const { t, i18n } = useTranslation();
  const { state, retry } = useExternalApi(jitsiDomain);
  useDocumentTitle(`${t("meeting.title", { room })} – ${tenant.appName}`);

  // Read once: the name from a guest's Direkt-Link stays through every error and reconnect.
  const [guestName] = useState(() => parseGuestFragment(currentHash())?.guestName);
  const [created] = useState(() => currentState<MeetingEntryState>()?.created === true);
  // A reload later should not open the invitation again; other facts in the state stay.
  useEffect(() => {
    if (!created) return;
    const { created: _done, ...rest } = currentState<Record<string, unknown>>() ?? {};
    replaceCurrentState(Object.keys(rest).length > 0 ? rest : null);
  }, [created]);

  const invite = useInvitePanel(created && !guestName);
  const call = useCallProblems();

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
        {!guestName && (
          <button
            type="button"
            className="meeting-invite"
            aria-haspopup="dialog"
            onClick={invite.show}
          >
            {t("meeting.invite.button")}
          </button>
        )}
      </header>
      <main className="meeting-frame meeting-stage" id="main">
        {state.status === "loading" && (
          <p className="meeting-status" role="status">
            {t("meeting.loading")}
          </p>
        )}
        {state.status === "failed" && <MeetingUnavailable reason={state.reason} onRetry={retry} />}
        {state.status === "ready" && call.fatal && <CallInterrupted onReconnect={call.reconnect} />}
        {state.status === "ready" && !call.fatal && (
          <JitsiRoom
            key={call.attempt}
            domain={jitsiDomain}
            room={room}
            // Jitsi knows "de", not our "de-x-ls" (Leichte Sprache).
            lang={languageOf(i18n.language).jitsi}
            guestName={guestName}
            inviteButtonText={t("meeting.invite.button")}
            frameTitle={t("meeting.frameTitle", { room })}
            loadingText={t("meeting.loading")}
            onReadyToClose={leave}
            onInvite={invite.show}
            onProblem={call.report}
          />
        )}
        {!call.fatal && <DeviceNotice problems={call.devices} onDismiss={call.dismissDevices} />}
      </main>
      {invite.mounted && <SharePanel open={invite.open} onClose={invite.hide} room={room} />}
    </div>
  );
}
