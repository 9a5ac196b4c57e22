import { type ComponentType, Suspense, useCallback, useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import { Logo } from "../../components/Logo";
import { config } from "../../config";
import { PATHS } from "../../config/paths";
import { parseGuestFragment } from "../../domain/guestLink";
import { jitsiLanguage } from "../../i18n/jitsiLanguage";
import { takeFragmentParams } from "../../lib/addressFragment";
import { useDocumentTitle } from "../../lib/document";
import { changeCurrentState, currentState, navigate, withStickyParams } from "../../lib/history";
import { CallInterrupted } from "./CallInterrupted";
import { DeviceNotice } from "./DeviceNotice";
import { GuestWelcome } from "./GuestWelcome";
import { JitsiRoom, prefetchExternalApi, useExternalApi } from "./jitsi";
import { MeetingUnavailable } from "./MeetingUnavailable";
import { useCallProblems } from "./useCallProblems";
import { useInvitePanel } from "./useInvitePanel";
import "./MeetingPage.css";

const { tenant, jitsiDomain } = config;

/** Help for camera and sound, always in reach: with Jitsi's name check on, its errors show there. */
const HELP_LINK = `${PATHS.help}#kamera`;

/** The invitation panel, given by the app (src/app/MeetingRoute.tsx): features do not import each other. */
export type InvitePanelView = ComponentType<{ open: boolean; onClose: () => void; room: string }>;

/** The town's Jitsi script, ahead of the click on "Konferenz starten" (App's prepareMeeting). */
export const prefetchJitsiApi = () => prefetchExternalApi(jitsiDomain);

/** A room at `/<RoomName>`: the call fills the screen under a slim bar that names the room. */
export default function MeetingPage({
  room,
  InvitePanel,
}: {
  room: string;
  InvitePanel: InvitePanelView;
}) {
  const { t, i18n } = useTranslation();
  // Read once, and taken out of the address before the effect below loads Jitsi's script: the
  // name from a guest's Direkt-Link stays in the history state, through every error, reconnect
  // and reload (see lib/addressFragment.ts).
  const [guestName] = useState(() => parseGuestFragment(takeFragmentParams())?.guestName);
  const { state, retry } = useExternalApi(jitsiDomain);
  useDocumentTitle(`${t("meeting.title", { room })} – ${tenant.appName}`);
  // A guest link puts its visitor on camera: only after a tap on our page (GuestWelcome).
  // Jitsi's script loads meanwhile, so the tap goes straight in.
  const [guestAgreed, setGuestAgreed] = useState(false);
  const waitingForGuest = guestName !== undefined && !guestAgreed;
  const [created] = useState(() => currentState().created === true);
  // A reload later should not open the invitation again; other facts in the state stay.
  useEffect(() => {
    if (created) changeCurrentState({ created: undefined });
  }, [created]);

  // After "Konferenz starten" the invitation opens once the call is up, never over an error.
  const invite = useInvitePanel();
  const inviteWhenUp = created && !guestName;
  const call = useCallProblems();
  const onCallUp = useCallback(() => {
    if (inviteWhenUp) invite.showOnce();
  }, [inviteWhenUp, invite.showOnce]);

  const leave = () => navigate(PATHS.goodbye, { replace: true, state: { room } });

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
        <a
          className="meeting-help"
          href={withStickyParams(HELP_LINK)}
          target="_blank"
          rel="noopener"
        >
          {t("meeting.help.short")}{" "}
          <span className="visually-hidden">{t("meeting.help.more")}</span>
        </a>
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
        {waitingForGuest ? (
          <GuestWelcome room={room} guestName={guestName} onJoin={() => setGuestAgreed(true)} />
        ) : (
          <>
            {state.status === "loading" && (
              <p className="meeting-status" role="status">
                {t("meeting.loading")}
              </p>
            )}
            {state.status === "failed" && (
              <MeetingUnavailable reason={state.reason} onRetry={retry} />
            )}
            {state.status === "ready" && call.fatal && (
              <CallInterrupted onReconnect={call.reconnect} />
            )}
            {state.status === "ready" && !call.fatal && (
              <JitsiRoom
                key={call.attempt}
                domain={jitsiDomain}
                room={room}
                // Jitsi knows "de", not our "de-x-ls" (Leichte Sprache).
                lang={jitsiLanguage(i18n.language)}
                guestName={guestName}
                inviteButtonText={t("meeting.invite.button")}
                frameTitle={t("meeting.frameTitle", { room })}
                loadingText={t("meeting.loading")}
                onReadyToClose={leave}
                onInvite={invite.show}
                onProblem={call.report}
                onCallUp={onCallUp}
              />
            )}
          </>
        )}
        {!call.fatal && <DeviceNotice problems={call.devices} onDismiss={call.dismissDevices} />}
      </main>
      {/* The panel's texts in the visitor's language may still be on their way: it waits in a
          boundary of its own, so the call beside it is never hidden meanwhile. */}
      {invite.mounted && (
        <Suspense fallback={null}>
          <InvitePanel open={invite.open} onClose={invite.hide} room={room} />
        </Suspense>
      )}
    </div>
  );
}
