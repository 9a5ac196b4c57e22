// The only file that imports @jitsi/react-sdk; each workaround below is explained in README.md.
import { JitsiMeeting } from "@jitsi/react-sdk";
import type { IJitsiMeetExternalApi } from "@jitsi/react-sdk/lib/types";
import { useEffect, useLayoutEffect, useMemo, useRef } from "react";
import { removeStoredItem } from "../../../lib/storage";
import { CALL_PROBLEM_EVENTS, type CallProblem, problemFromEvent } from "../callProblems";
import { DISPLAY_NAME_COMMAND, JITSI_STORAGE_KEY } from "../guestName";
import {
  buildConfigOverwrite,
  buildInterfaceConfigOverwrite,
  INVITE_BUTTON_ID,
} from "../jitsiOptions";
import { isExternalApiLoaded } from "./loadExternalApi";

/** Signs that Jitsi's meeting page is there and talking: the call is up. */
const CALL_UP_EVENTS = ["ready", "prejoinScreenLoaded", "videoConferenceJoined"] as const;

/**
 * Jitsi's settings (the last display name among them) that it mirrors into our origin's storage
 * on WebKit: forgotten when a call starts and when it ends, so the next person on a shared tablet
 * does not join under the last one's name (stated in the privacy statement).
 */
function forgetJitsiSettings() {
  removeStoredItem(JITSI_STORAGE_KEY);
}

/** The key of a clicked toolbar button: the SDK types every event's payload as `any`. */
function clickedKey(event: unknown): unknown {
  return typeof event === "object" && event !== null && "key" in event ? event.key : undefined;
}

interface Props {
  domain: string;
  room: string;
  lang: string;
  /** From a guest's Direkt-Link: straight in, name preset, few buttons. */
  guestName?: string | undefined;
  inviteButtonText: string;
  /** Names the call for screen readers: Jitsi's iframe comes without a title. */
  frameTitle: string;
  loadingText: string;
  onReadyToClose: () => void;
  onInvite: () => void;
  onProblem: (problem: CallProblem) => void;
  /** Jitsi's page answered: the server is reachable and the call (or its name check) is there. */
  onCallUp: () => void;
}

type Handlers = Pick<Props, "onReadyToClose" | "onInvite" | "onProblem" | "onCallUp">;

export function JitsiRoom({
  domain,
  room,
  lang,
  guestName,
  inviteButtonText,
  frameTitle,
  ...props
}: Props) {
  const apiRef = useRef<IJitsiMeetExternalApi | null>(null);
  // The SDK wires its callbacks once, when the iframe is made; these always reach the latest ones.
  const handlers = useRef<Handlers>(props);
  useEffect(() => {
    handlers.current = props;
  });

  // Prop changes after mount are ignored by the SDK; the page remounts this component instead.
  const configOverwrite = useMemo(
    () => buildConfigOverwrite({ guestName, inviteButtonText }),
    [guestName, inviteButtonText],
  );
  const interfaceConfigOverwrite = useMemo(buildInterfaceConfigOverwrite, []);

  // A layout effect runs before the SDK's own effect makes the API, which reads the stored
  // settings.
  useLayoutEffect(() => {
    forgetJitsiSettings();
    window.addEventListener("pagehide", forgetJitsiSettings);
    return () => window.removeEventListener("pagehide", forgetJitsiSettings);
  }, []);
  // The SDK never disposes the API: this clean-up does, so that Jitsi's transport stops listening
  // on our window and the frame goes with the call. A passive effect's, not a layout effect's:
  // React also runs layout clean-ups when a Suspense boundary above hides the call for a moment,
  // and then shows it again, where the SDK would not make a new frame.
  useEffect(
    () => () => {
      apiRef.current?.dispose();
      apiRef.current = null;
      forgetJitsiSettings();
    },
    [],
  );

  const onApiReady = (api: IJitsiMeetExternalApi) => {
    apiRef.current = api;
    api.getIFrame().title = frameTitle;
    // The guest's name goes by command, not in the URL: see guestName.ts.
    const sendName = () => {
      if (guestName) api.executeCommand(DISPLAY_NAME_COMMAND, guestName);
    };
    sendName();
    api.on("videoConferenceJoined", sendName);
    for (const name of CALL_UP_EVENTS) api.on(name, () => handlers.current.onCallUp());
    api.on("toolbarButtonClicked", (event: unknown) => {
      if (clickedKey(event) === INVITE_BUTTON_ID) handlers.current.onInvite();
    });
    for (const name of CALL_PROBLEM_EVENTS) {
      api.on(name, (payload: unknown) => {
        const problem = problemFromEvent(name, payload);
        if (problem) handlers.current.onProblem(problem);
      });
    }
  };

  // Rendered before our loader is done, the SDK would load the script itself, and keep a failure
  // for the page's lifetime: render this only when useExternalApi says "ready".
  if (!isExternalApiLoaded()) throw new Error("JitsiRoom rendered before external_api.js loaded");
  return (
    <JitsiMeeting
      key={`${domain}/${room}`}
      domain={domain}
      roomName={room}
      lang={lang}
      configOverwrite={configOverwrite}
      interfaceConfigOverwrite={interfaceConfigOverwrite}
      onApiReady={onApiReady}
      onReadyToClose={() => handlers.current.onReadyToClose()}
      spinner={() => (
        <p className="meeting-status" role="status">
          {props.loadingText}
        </p>
      )}
    />
  );
}
