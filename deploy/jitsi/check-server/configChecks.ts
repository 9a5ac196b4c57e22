/**
 * The checks of /config.js: the privacy settings the front end promises its users. Pure: each takes
 * the file's text and returns rows for the report.
 */

import { Expression, getSetting, isPlainObject, readJitsiConfig } from "./readJitsiConfig.ts";
import { type CheckResult, row } from "./report.ts";
import { checkStun } from "./stunCheck.ts";

/** config.js keys that send data to an analytics service when set. */
const TRACKERS = [
  "analytics.amplitudeAPPKey",
  "analytics.googleAnalyticsTrackingId",
  "analytics.matomoEndpoint",
  "analytics.matomoSiteID",
  "analytics.scriptURLs",
  "analytics.rtcstatsEnabled",
  "analytics.watchRTCEnabled",
  "callStatsID",
];

type Get = (path: string) => unknown;

/** @param text the body of /config.js */
export function checkConfig(text: string): CheckResult[] {
  const { config, refused, unreadable } = readJitsiConfig(text);
  if (unreadable) return [row("fail", "config.js settings", `cannot read it: ${unreadable}`)];
  const refusal = refused.length
    ? [
        row(
          "fail",
          "config.js settings",
          `refused ${refused.length} key(s) reaching into prototypes: ${refused
            .slice(0, 3)
            .map((path) => path.slice(0, 100))
            .join(", ")}${refused.length > 3 ? ", …" : ""}`,
        ),
      ]
    : [];
  if (Object.keys(config).length === 0)
    return [...refusal, row("fail", "config.js settings", "no `config` settings found")];
  const get: Get = (path) => getSetting(config, path);
  return [
    ...refusal,
    checkStun(config),
    get("disableThirdPartyRequests") === true
      ? row("pass", "third-party requests", "disableThirdPartyRequests: true")
      : row("fail", "third-party requests", "disableThirdPartyRequests is not true"),
    checkAnalytics(get),
    get("gravatar.disabled") === true
      ? row("pass", "Gravatar", "gravatar.disabled: true")
      : row("fail", "Gravatar", "gravatar.disabled is not true: e-mail hashes go to Gravatar"),
    isOn(get("prejoinConfig.enabled"), get("prejoinPageEnabled"))
      ? row("pass", "prejoin page", "enabled")
      : row("fail", "prejoin page", "prejoinConfig.enabled is not true"),
    checkLobby(get),
    isOn(get("deeplinking.disabled"), get("disableDeepLinking"))
      ? row("pass", "deep linking", "disabled: phones stay in the browser")
      : row("fail", "deep linking", "not disabled: phones are sent to an app store"),
    checkRecording(get),
    checkLocalRecording(get),
  ];
}

/** A setting with a legacy fallback: the current key wins when it is set. */
function isOn(current: unknown, legacy: unknown): boolean {
  return current === undefined ? legacy === true : current === true;
}

function checkAnalytics(get: Get): CheckResult {
  const trackers = TRACKERS.filter((path) => {
    const value = get(path);
    if (Array.isArray(value)) return value.length > 0;
    return value instanceof Expression || (value !== false && value !== "" && value != null);
  });
  const disabled = get("analytics.disabled") === true;
  if (trackers.length && !disabled)
    return row("fail", "analytics", `trackers configured: ${trackers.join(", ")}`);
  if (trackers.length)
    return row("warn", "analytics", `disabled, but configured: ${trackers.join(", ")}`);
  return disabled
    ? row("pass", "analytics", "analytics.disabled: true, no trackers")
    : row("warn", "analytics", "no trackers, but analytics.disabled is not true");
}

/**
 * "Available" means a moderator can reach it: the lobby is configured, the security dialog (where
 * Jitsi puts the lobby switch) is in the toolbar, and the lobby switch in it is not hidden.
 */
function checkLobby(get: Get): CheckResult {
  if (get("hideLobbyButton") === true || get("securityUi.hideLobbyButton") === true) {
    return row("fail", "lobby", "the lobby button is hidden: moderators cannot open a lobby");
  }
  const toolbar = get("toolbarButtons");
  if (Array.isArray(toolbar) && !toolbar.includes("security")) {
    return row(
      "fail",
      "lobby",
      "toolbarButtons has no `security`: moderators who open a room here have no way to the lobby",
    );
  }
  if (toolbar !== undefined && !Array.isArray(toolbar)) {
    return row(
      "warn",
      "lobby",
      "toolbarButtons is not a plain list: cannot tell if `security` is in it",
    );
  }
  return isPlainObject(get("lobby"))
    ? row(
        "pass",
        "lobby",
        "moderators reach it through `security`; Prosody must have it too (ENABLE_LOBBY=1, not visible from here)",
      )
    : row(
        "warn",
        "lobby",
        "config.js does not configure it; whether Prosody has it (ENABLE_LOBBY) is not visible",
      );
}

function checkRecording(get: Get): CheckResult {
  const keys = [
    "recordingService.enabled",
    "fileRecordingsEnabled",
    "liveStreaming.enabled",
    "liveStreamingEnabled",
  ];
  const on = [...keys, "transcription.enabled", "transcribingEnabled"].filter(
    (path) => get(path) === true,
  );
  if (on.length) return row("fail", "recording", `enabled: ${on.join(", ")}`);
  return row("pass", "recording", "no recording, streaming or transcription");
}

/**
 * Local recording runs in a participant's browser. `localRecording` may be overwritten through the
 * meeting address (jitsi-meet's configWhitelist), so `disable` alone only hides the button: with
 * `notifyAllParticipants` everyone is also told when someone switches it on that way.
 */
function checkLocalRecording(get: Get): CheckResult {
  if (get("localRecording.disable") !== true)
    return row(
      "fail",
      "local recording",
      "localRecording.disable is not true: browsers may record",
    );
  if (get("localRecording.notifyAllParticipants") !== true)
    return row(
      "fail",
      "local recording",
      "off, but a participant can switch it on through the meeting address unannounced: set localRecording.notifyAllParticipants = true",
    );
  return row(
    "pass",
    "local recording",
    "off; whoever switches it on through the meeting address is announced to everyone",
  );
}
