/** What the page can learn about the browser, read in one place. */
export interface BrowserEnv {
  userAgent: string;
  /** `RTCPeerConnection` exists: the browser can carry a call at all. */
  hasPeerConnection: boolean;
  /** Camera and microphone API present; null where the page cannot tell (insecure context). */
  hasGetUserMedia: boolean | null;
}

type BrowserGlobals = {
  navigator?: { userAgent?: unknown; mediaDevices?: { getUserMedia?: unknown } };
  RTCPeerConnection?: unknown;
  isSecureContext?: boolean;
};

/** When the browser cannot even be asked, assume it works: a false alarm scares people off. */
const UNKNOWN: BrowserEnv = { userAgent: "", hasPeerConnection: true, hasGetUserMedia: null };

/** Reads the facts from `window` (or the given globals). Never throws. */
export function readBrowserEnv(globals: unknown = globalThis): BrowserEnv {
  try {
    const g = globals as BrowserGlobals;
    const nav = g.navigator;
    return {
      userAgent: typeof nav?.userAgent === "string" ? nav.userAgent : "",
      hasPeerConnection: typeof g.RTCPeerConnection === "function",
      // Browsers hide mediaDevices from insecure pages; the call itself runs in the https iframe.
      hasGetUserMedia: g.isSecureContext
        ? typeof nav?.mediaDevices?.getUserMedia === "function"
        : null,
    };
  } catch {
    return UNKNOWN;
  }
}
