// The only module that imports @jitsi/react-sdk.
import { JitsiMeeting } from "@jitsi/react-sdk";
import type { IJitsiMeetExternalApi } from "@jitsi/react-sdk/lib/types";
import { useEffect, useMemo, useRef } from "react";
import { CALL_PROBLEM_EVENTS, type CallProblem, problemFromEvent } from "./callProblems";
import {
  buildConfigOverwrite,
  buildInterfaceConfigOverwrite,
  buildUserInfo,
  INVITE_BUTTON_ID,
} from "./jitsiOptions";

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
}

type Handlers = Pick<Props, "onReadyToClose" | "onInvite" | "onProblem">;

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
  // The SDK's type asks for an e-mail address too; Jitsi needs none, and we send none.
  const userInfo = useMemo(() => buildUserInfo(guestName), [guestName]) as
    | { displayName: string; email: string }
    | undefined;

  // The SDK never disposes the API: without this, the iframe (and camera) would outlive the page.
  useEffect(
    () => () => {
      apiRef.current?.dispose();
      apiRef.current = null;
    },
    [],
  );

  const onApiReady = (api: IJitsiMeetExternalApi) => {
    apiRef.current = api;
    api.getIFrame().title = frameTitle;
    api.on("toolbarButtonClicked", (event: unknown) => {
      const key = (event as { key?: unknown } | null)?.key;
      if (key === INVITE_BUTTON_ID) handlers.current.onInvite();
    });
    for (const name of CALL_PROBLEM_EVENTS) {
      api.on(name, (payload: unknown) => {
        const problem = problemFromEvent(name, payload);
        if (problem) handlers.current.onProblem(problem);
      });
    }
  };

  return (
    <JitsiMeeting
      key={`${domain}/${room}`}
      domain={domain}
      roomName={room}
      lang={lang}
      configOverwrite={configOverwrite}
      interfaceConfigOverwrite={interfaceConfigOverwrite}
      {...(userInfo ? { userInfo } : {})}
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
