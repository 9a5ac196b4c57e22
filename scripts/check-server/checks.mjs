/**
 * The checks of `npm run check:server`, as pure functions: each takes what was fetched from the
 * server and returns rows for the report. No network, no clock, no process: easy to test.
 */
import { judgeFraming } from "./framing.mjs";
import { Expression, getSetting, isPlainObject, readJitsiConfig } from "./jsConfig.mjs";

/** @typedef {"pass" | "fail" | "warn"} Status */
/** @typedef {{ status: Status, check: string, detail: string }} CheckResult */

/** Hosts whose STUN/TURN servers would let a third party see every participant's address. */
const THIRD_PARTY_STUN = [
  { pattern: /(^|\.)jitsi\.net$/, owner: "8x8/Jitsi" },
  { pattern: /8x8/, owner: "8x8" },
  { pattern: /(^|\.)google(\.[a-z]+)?$|(^|\.)l\.google\.com$|googleapis/, owner: "Google" },
];

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

/** @param {Status} status @param {string} check @param {string} detail @returns {CheckResult} */
const row = (status, check, detail) => ({ status, check, detail });

/**
 * Normalises the command's target: a host name or an https:// URL without path.
 * @param {string} input
 * @returns {{ origin: string, host: string, port: number }}
 */
export function parseTarget(input) {
  const text = /^[a-z][a-z0-9+.-]*:\/\//i.test(input) ? input : `https://${input}`;
  let url;
  try {
    url = new URL(text);
  } catch {
    throw new Error(`"${input}" is not a host name or https:// URL`);
  }
  if (url.protocol !== "https:")
    throw new Error(`the Jitsi server must be reached over https:// (got ${url.protocol})`);
  if (url.pathname !== "/" || url.search || url.hash)
    throw new Error(`give the server without a path (got ${input})`);
  return {
    origin: url.origin,
    host: url.hostname.replace(/^\[|\]$/g, ""),
    port: Number(url.port || 443),
  };
}

/**
 * Normalises the front end's origin given with --origin or FRONTEND_ORIGIN.
 * @param {string} input
 */
export function parseOrigin(input) {
  let url;
  try {
    url = new URL(input);
  } catch {
    throw new Error(`"${input}" is not an origin like https://peter-ruft-paul.example`);
  }
  if (url.protocol !== "https:" && url.protocol !== "http:")
    throw new Error(`"${input}" is not an http(s) origin`);
  return url.origin;
}

/**
 * @param {{ validFrom: Date, validTo: Date, authorized: boolean, authorizationError?: string,
 *   hostnameError?: string }} cert what the TLS handshake showed
 * @param {{ host: string, now: Date, minDays: number }} options
 * @returns {CheckResult[]}
 */
export function checkCertificate(cert, { host, now, minDays }) {
  const day = 24 * 60 * 60 * 1000;
  const daysLeft = Math.floor((cert.validTo.getTime() - now.getTime()) / day);
  const until = cert.validTo.toISOString().slice(0, 10);
  const current = now >= cert.validFrom && now <= cert.validTo;
  return [
    cert.authorized
      ? row("pass", "TLS certificate trusted", "chain verifies against the trusted CAs")
      : row("fail", "TLS certificate trusted", cert.authorizationError ?? "chain does not verify"),
    cert.hostnameError
      ? row("fail", "TLS certificate host name", cert.hostnameError)
      : row("pass", "TLS certificate host name", `valid for ${host}`),
    current
      ? row(
          "pass",
          "TLS certificate valid now",
          `since ${cert.validFrom.toISOString().slice(0, 10)}`,
        )
      : row(
          "fail",
          "TLS certificate valid now",
          now < cert.validFrom ? "not valid yet" : `expired on ${until}`,
        ),
    daysLeft >= minDays
      ? row("pass", "TLS certificate lifetime", `expires ${until} (${daysLeft} days left)`)
      : row(
          "fail",
          "TLS certificate lifetime",
          `expires ${until}: ${Math.max(daysLeft, 0)} days left, fewer than ${minDays}`,
        ),
  ];
}

/**
 * @param {{ status: number, contentType: string, body: string }} response of /external_api.js
 * @returns {CheckResult[]}
 */
export function checkExternalApi({ status, contentType, body }) {
  if (status !== 200)
    return [row("fail", "external_api.js reachable", `HTTP ${status}, expected 200`)];
  const javascript = /^(application|text)\/(x-)?(javascript|ecmascript)\b/i.test(contentType);
  return [
    row("pass", "external_api.js reachable", "HTTP 200 over HTTPS"),
    javascript
      ? row("pass", "external_api.js type", contentType)
      : row(
          "fail",
          "external_api.js type",
          `${contentType || "no Content-Type"}, expected JavaScript`,
        ),
    body.includes("JitsiMeetExternalAPI")
      ? row("pass", "external_api.js content", "defines JitsiMeetExternalAPI")
      : row("fail", "external_api.js content", "no JitsiMeetExternalAPI in the script"),
  ];
}

/**
 * @param {Record<string, string | string[] | undefined>} headers of a meeting page
 * @param {string} ourOrigin the front end's origin
 * @param {string} jitsiOrigin
 * @returns {CheckResult[]}
 */
export function checkFraming(headers, ourOrigin, jitsiOrigin) {
  const verdict = judgeFraming(headers, ourOrigin, jitsiOrigin);
  return [
    verdict.allowed
      ? row("pass", `framing by ${ourOrigin}`, `allowed: ${verdict.reason}`)
      : row("fail", `framing by ${ourOrigin}`, `blocked: ${verdict.reason}`),
    verdict.openToAll
      ? row(
          "warn",
          "framing by other sites",
          `any site can frame meetings: ${verdict.reason}; send frame-ancestors`,
        )
      : row("pass", "framing by other sites", "restricted"),
  ];
}

/**
 * @param {string} text the body of /config.js
 * @returns {CheckResult[]}
 */
export function checkConfig(text) {
  const { config, refused } = readJitsiConfig(text);
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
  const get = (/** @type {string} */ path) => getSetting(config, path);
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
function isOn(/** @type {unknown} */ current, /** @type {unknown} */ legacy) {
  return current === undefined ? legacy === true : current === true;
}

/** @param {Record<string, unknown>} config */
function checkStun(config) {
  const servers = getSetting(config, "p2p.stunServers");
  const found = [
    ...stringsIn(servers),
    ...stringsIn(config).filter((s) => /^(stun|turn)s?:/i.test(s)),
  ];
  const hosts = [...new Set(found.map(stunHost).filter(Boolean))];
  const foreign = hosts.flatMap((host) => {
    const match = THIRD_PARTY_STUN.find(({ pattern }) => pattern.test(host));
    return match ? [`${host} (${match.owner})`] : [];
  });
  if (foreign.length) return row("fail", "STUN servers", `third-party STUN: ${foreign.join(", ")}`);
  if (servers === undefined)
    return row("warn", "STUN servers", "p2p.stunServers not set: set the town's own STUN server");
  return row("pass", "STUN servers", hosts.length ? `own: ${hosts.join(", ")}` : "none");
}

/** @param {(path: string) => unknown} get */
function checkAnalytics(get) {
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
 * @param {(path: string) => unknown} get
 */
function checkLobby(get) {
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

/** @param {(path: string) => unknown} get */
function checkRecording(get) {
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
 * @param {(path: string) => unknown} get
 */
function checkLocalRecording(get) {
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

/**
 * Every string in a parsed value, including those inside expressions.
 * @param {unknown} value
 * @returns {string[]}
 */
function stringsIn(value) {
  if (typeof value === "string") return [value];
  if (value instanceof Expression) return value.strings;
  if (Array.isArray(value)) return value.flatMap(stringsIn);
  if (isPlainObject(value)) return Object.values(value).flatMap(stringsIn);
  return [];
}

/** "stun:host:3478?transport=udp" or "host:3478" -> "host" */
function stunHost(/** @type {string} */ entry) {
  const scheme = entry.trim().replace(/^(stun|turn)s?:/i, "");
  // Cut at the first "?" with indexOf: the regex /\?.*$/ backtracks quadratically on many "?".
  const query = scheme.indexOf("?");
  const bare = (query === -1 ? scheme : scheme.slice(0, query)).toLowerCase();
  const host = /^([a-z0-9.-]+\.[a-z]{2,}|\d{1,3}(\.\d{1,3}){3})(:\d+)?$/.test(bare);
  return host ? bare.replace(/:\d+$/, "") : "";
}

/**
 * The report: one aligned line per check, then the verdict.
 * @param {CheckResult[]} results
 */
export function formatReport(results) {
  const width = Math.max(...results.map((r) => r.check.length), "CHECK".length);
  const lines = results.map(
    (r) => `${r.status.toUpperCase().padEnd(8)}${r.check.padEnd(width + 2)}${r.detail}`,
  );
  const count = (/** @type {Status} */ status) => results.filter((r) => r.status === status).length;
  const verdict = count("fail") ? "FAIL" : "OK";
  return [
    `${"STATUS".padEnd(8)}${"CHECK".padEnd(width + 2)}DETAIL`,
    ...lines,
    "",
    `Result: ${verdict} (${count("pass")} pass, ${count("fail")} fail, ${count("warn")} warn)`,
  ].join("\n");
}

/** @param {CheckResult[]} results */
export function exitCode(results) {
  return results.some((r) => r.status === "fail") ? 1 : 0;
}
