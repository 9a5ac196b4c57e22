// The only module that imports @jitsi/react-sdk.
import { JitsiMeeting } from "@jitsi/react-sdk";
import type { IJitsiMeetExternalApi } from "@jitsi/react-sdk/lib/types";
import { useEffect, useMemo, useRef } from "react";
import { buildConfigOverwrite, buildInterfaceConfigOverwrite } from "./jitsiOptions";

interface Props {
  domain: string;
  room: string;
  lang: string;
  onReadyToClose: () => void;
  loadingText: string;
}

export function JitsiRoom({ domain, room, lang, onReadyToClose, loadingText }: Props) {
  const apiRef = useRef<IJitsiMeetExternalApi | null>(null);
  const configOverwrite = useMemo(buildConfigOverwrite, []);
  const interfaceConfigOverwrite = useMemo(buildInterfaceConfigOverwrite, []);

  // The SDK never disposes the API: without this, the iframe (and camera) would outlive the page.
  useEffect(
    () => () => {
      apiRef.current?.dispose();
      apiRef.current = null;
    },
    [],
  );

  return (
    <JitsiMeeting
      key={`${domain}/${room}`}
      domain={domain}
      roomName={room}
      lang={lang}
      configOverwrite={configOverwrite}
      interfaceConfigOverwrite={interfaceConfigOverwrite}
      onApiReady={(api) => {
        apiRef.current = api;
      }}
      onReadyToClose={onReadyToClose}
      spinner={() => (
        <p className="meeting-status" role="status">
          {loadingText}
        </p>
      )}
    />
  );
}
