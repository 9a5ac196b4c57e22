/**
 * The one loader of the Jitsi server's external_api.js. It runs before the SDK's <JitsiMeeting>
 * is rendered, so the SDK's own loader finds the API there and never adds a script (README.md).
 */
import { externalApiAddress } from "../../../config/jitsiDomain";
import { takeFragmentParams } from "../../../lib/addressFragment";

export type LoadFailure = "unreachable" | "timeout" | "invalid";

export class ExternalApiLoadError extends Error {
  constructor(readonly reason: LoadFailure) {
    super(`external_api.js could not be loaded: ${reason}`);
  }
}

export const DEFAULT_TIMEOUT_MS = 15_000;

/**
 * A retry needs its own URL: Chromium joins a new script for a URL whose earlier request still
 * hangs onto that same request, so the retry would wait for the hung one.
 */
export function externalApiUrl(domain: string, attempt: number): string {
  const base = externalApiAddress(domain);
  return attempt > 0 ? `${base}?attempt=${attempt}` : base;
}

/** The SDK declares this global as always there (README.md); it is only once the script ran. */
export function isExternalApiLoaded(win: Window = window): boolean {
  return typeof win.JitsiMeetExternalAPI === "function";
}

/** Loads in flight, per document and URL: a prefetch and the room's own load share one request. */
const inFlight = new WeakMap<Document, Map<string, Promise<void>>>();

export function loadExternalApi(
  domain: string,
  { attempt = 0, timeoutMs = DEFAULT_TIMEOUT_MS, doc = document } = {},
): Promise<void> {
  // The script parses our address's #fragment when it runs: parameters leave the address first.
  takeFragmentParams();
  const win = doc.defaultView ?? window;
  if (isExternalApiLoaded(win)) return Promise.resolve();
  const url = externalApiUrl(domain, attempt);
  const loads = inFlight.get(doc) ?? new Map<string, Promise<void>>();
  inFlight.set(doc, loads);
  const pending = loads.get(url);
  if (pending) return pending;
  const load = startLoad(url, win, doc, timeoutMs).finally(() => loads.delete(url));
  loads.set(url, load);
  return load;
}

function startLoad(url: string, win: Window, doc: Document, timeoutMs: number): Promise<void> {
  return new Promise<void>((resolve, reject) => {
    const script = doc.createElement("script");
    let settled = false;
    const finish = (failure: LoadFailure | null) => {
      if (settled) return;
      settled = true;
      win.clearTimeout(timer);
      script.onload = null;
      script.onerror = null;
      if (failure) {
        script.remove();
        reject(new ExternalApiLoadError(failure));
      } else {
        resolve();
      }
    };
    const timer = win.setTimeout(() => finish("timeout"), timeoutMs);
    // An HTML error page served as a script "loads" but defines nothing.
    script.onload = () => finish(isExternalApiLoaded(win) ? null : "invalid");
    script.onerror = () => finish("unreachable");
    script.async = true;
    script.src = url;
    doc.head.appendChild(script);
  });
}

/**
 * Fetches (and runs) the script ahead of the click on "Konferenz starten", so the room's own load
 * finds it ready or in flight. A failure here stays silent: the room loads it again and explains.
 */
export function prefetchExternalApi(domain: string): void {
  loadExternalApi(domain).catch(() => {});
}
