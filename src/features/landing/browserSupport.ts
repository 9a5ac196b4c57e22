import type { BrowserEnv } from "../../lib/browserSupport";

export type UnsupportedReason =
  /** Internet Explorer and the old Edge (EdgeHTML): retired, no working calls. */
  | "retired"
  /** A known browser older than Jitsi's own minimum. */
  | "outdated"
  /** iPhone or iPad with an iOS older than Jitsi's minimum: only an iOS update helps. */
  | "outdatedIos"
  /** No WebRTC (or no camera API): switched off, blocked by an extension, or an app's webview. */
  | "noWebRTC"
  /** The same on iPhone or iPad, where in-app browsers lack it and Safari has it. */
  | "noWebRTCIos";

export type BrowserSupport = { supported: true } | { supported: false; reason: UnsupportedReason };

/*
 * Minimums are those of lib-jitsi-meet (BrowserCapabilities.isSupported): the meeting page on our
 * Jitsi server refuses older browsers, so telling people before they try saves them a dead end.
 */
const MIN_CHROMIUM = 72;
const MIN_FIREFOX = 91;
const MIN_SAFARI = 14;
const MIN_IOS = 14;

const IOS = /\b(?:iPhone|iPad|iPod)\b.*?\bOS (\d+)[_.]\d+/;
const RETIRED = /\bMSIE \d|\bTrident\/\d|\bEdge\/\d/;
const CHROMIUM = /\bChrom(?:e|ium)\/(\d+)/;
const FIREFOX = /\bFirefox\/(\d+)/;
const SAFARI = /\bVersion\/(\d+)[\d.]*.*\bSafari\//;

const majorOf = (pattern: RegExp, userAgent: string): number | null => {
  const digits = pattern.exec(userAgent)?.[1];
  return digits === undefined ? null : Number.parseInt(digits, 10);
};
const below = (version: number | null, minimum: number) => version !== null && version < minimum;

/**
 * Whether a call can work in this browser, from facts read by lib/browserSupport. Unknown
 * browsers with WebRTC count as supported: a false alarm would turn people away for nothing.
 */
export function detectBrowserSupport(env: BrowserEnv): BrowserSupport {
  const ua = env.userAgent;
  if (RETIRED.test(ua)) return { supported: false, reason: "retired" };
  const ios = IOS.exec(ua);
  if (ios && below(Number.parseInt(ios[1] ?? "", 10), MIN_IOS)) {
    return { supported: false, reason: "outdatedIos" };
  }
  if (!env.hasPeerConnection || env.hasGetUserMedia === false) {
    return { supported: false, reason: ios ? "noWebRTCIos" : "noWebRTC" };
  }
  if (ios) return { supported: true };
  const outdated =
    below(majorOf(CHROMIUM, ua), MIN_CHROMIUM) ||
    below(majorOf(FIREFOX, ua), MIN_FIREFOX) ||
    (!CHROMIUM.test(ua) && !/\bAndroid\b/.test(ua) && below(majorOf(SAFARI, ua), MIN_SAFARI));
  return outdated ? { supported: false, reason: "outdated" } : { supported: true };
}
