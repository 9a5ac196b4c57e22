/**
 * Playwright helper that installs a STAND-IN for the web surface of our Jitsi server on a
 * browser context. It serves Jitsi's REAL current `/external_api.js` (built from the pinned npm
 * package by real/build.mjs in Playwright's global setup) and a stand-in meeting page of ours
 * that applies Jitsi's own URL, whitelist, name and toolbar code (see README.md).
 *
 * Routes are installed on the context, so they also apply to the iframe and to requests the
 * iframe makes. The fake origin is served over https without certificates by Playwright.
 */
import { readFileSync } from "node:fs";
import { gzipSync } from "node:zlib";
import type { BrowserContext, FrameLocator, Page, Route } from "@playwright/test";
import { REAL_EXTERNAL_API, REAL_JITSI_MODULES } from "./real/build.mjs";

/**
 * How the fake Jitsi origin answers:
 * - "up": serves the stand-in script and meeting page;
 * - "refused": every request fails with net::ERR_CONNECTION_REFUSED;
 * - "slow": waits `slowMs`, then answers like "up";
 * - "html-error": 200 text/html error page for every path, external_api.js included
 *   (like a proxy or captive-portal page);
 * - "http-500": status 500 for every path.
 */
export type StandInMode = "up" | "refused" | "slow" | "html-error" | "http-500";

export interface StandInOptions {
  /** Host of the fake Jitsi server, e.g. "jitsi.test" (what the app passes as `domain`). */
  domain: string;
  mode?: StandInMode;
  /** Delay for mode "slow", in milliseconds (default 5000). */
  slowMs?: number;
  /**
   * The line between the browser and the server, as a benchmark emulates it for the page's own
   * origin. Playwright's routing answers outside Chromium's network emulation, so without this the
   * stand-in answers at once; with it every answer ("up") waits a round trip and its gzipped size
   * at the line's speed, as a real Jitsi server on that line would.
   */
  line?: { latencyMs: number; downloadBytesPerSecond: number };
}

export interface StandIn {
  readonly domain: string;
  /** "https://<host>" */
  readonly origin: string;
  readonly mode: StandInMode;
  /** Changes the behaviour for requests that start from now on. */
  setMode(mode: StandInMode, slowMs?: number): void;
  /** Every URL requested at the Jitsi origin, in order (script, meeting page, its JS, ...). */
  readonly requests: string[];
  /** The requests for `external_api.js` (any tenant path, any query string). */
  scriptRequests(): string[];
  /** The requests for meeting pages (everything but the script and the page's own JS). */
  meetingRequests(): string[];
  clearRequests(): void;
  uninstall(): Promise<void>;
}

/** Folder under which meeting.html loads its scripts (never a valid room: `_` prefix + slash). */
export const STAND_IN_ASSET_DIR = "/_jitsi-stand-in/";

const besideThisFile = (file: string) => new URL(file, import.meta.url);

const ERROR_PAGE = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Error</title></head>
<body><h1>Something went wrong</h1><p>Jitsi stand-in: simulated HTML error page.</p></body></html>
`;

const SERVER_ERROR_PAGE = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>500 Internal Server Error</title></head>
<body><h1>500 Internal Server Error</h1><p>Jitsi stand-in: simulated server error.</p></body></html>
`;

const NO_STORE = { "cache-control": "no-store" };

function isScriptPath(pathname: string): boolean {
  return pathname === "/external_api.js" || pathname.endsWith("/external_api.js");
}

/** A file of Jitsi's built by real/build.mjs (Playwright's global setup runs it). */
function readRealFile(file: string): string {
  try {
    return readFileSync(file, "utf8");
  } catch {
    throw new Error(
      `Jitsi stand-in: ${file} is missing; run "node tests/jitsi-stand-in/real/build.mjs" ` +
        "(Playwright's global setup does it).",
    );
  }
}

function hostOf(domain: string): string {
  const host = domain.replace(/^https?:\/\//, "").split(/[/?#]/)[0];
  if (!host) throw new Error(`installJitsiStandIn: invalid domain "${domain}"`);
  return host.toLowerCase();
}

/** Installs the stand-in on `context` and returns its controller. */
export async function installJitsiStandIn(
  context: BrowserContext,
  opts: StandInOptions,
): Promise<StandIn> {
  const host = hostOf(opts.domain);
  const origin = `https://${host}`;
  const script = readRealFile(REAL_EXTERNAL_API);
  const meetingHtml = readFileSync(besideThisFile("./meeting.html"), "utf8");
  const assets: Record<string, string> = {
    "meeting.js": readFileSync(besideThisFile("./meeting.js"), "utf8"),
    "jitsi-page.js": readFileSync(besideThisFile("./jitsi-page.js"), "utf8"),
    "jitsi-modules.js": readRealFile(REAL_JITSI_MODULES),
  };

  let mode: StandInMode = opts.mode ?? "up";
  let slowMs = opts.slowMs ?? 5000;
  const requests: string[] = [];

  const matcher = (url: URL) => url.protocol === "https:" && url.host === host;

  const line = opts.line;
  const lineDelay = (body: string) =>
    line
      ? new Promise((resolve) =>
          setTimeout(
            resolve,
            line.latencyMs + (gzipSync(body).length / line.downloadBytesPerSecond) * 1000,
          ),
        )
      : undefined;

  const serveUp = async (route: Route, url: URL) => {
    if (isScriptPath(url.pathname)) {
      await lineDelay(script);
      return route.fulfill({
        status: 200,
        contentType: "application/javascript; charset=utf-8",
        headers: NO_STORE,
        body: script,
      });
    }
    const asset = url.pathname.startsWith(STAND_IN_ASSET_DIR)
      ? assets[url.pathname.slice(STAND_IN_ASSET_DIR.length)]
      : undefined;
    if (asset !== undefined) {
      await lineDelay(asset);
      return route.fulfill({
        status: 200,
        contentType: "application/javascript; charset=utf-8",
        headers: NO_STORE,
        body: asset,
      });
    }
    await lineDelay(meetingHtml);
    return route.fulfill({
      status: 200,
      contentType: "text/html; charset=utf-8",
      headers: NO_STORE,
      body: meetingHtml,
    });
  };

  const handler = async (route: Route) => {
    const url = new URL(route.request().url());
    requests.push(url.href);
    const currentMode = mode;
    const delay = slowMs;
    try {
      switch (currentMode) {
        case "refused":
          await route.abort("connectionrefused");
          return;
        case "http-500":
          await route.fulfill({
            status: 500,
            contentType: "text/html; charset=utf-8",
            headers: NO_STORE,
            body: SERVER_ERROR_PAGE,
          });
          return;
        case "html-error":
          await route.fulfill({
            status: 200,
            contentType: "text/html; charset=utf-8",
            headers: NO_STORE,
            body: ERROR_PAGE,
          });
          return;
        case "slow":
          await new Promise((resolve) => setTimeout(resolve, delay));
          await serveUp(route, url);
          return;
        default:
          await serveUp(route, url);
      }
    } catch (error) {
      // The page or context may have gone away while a slow answer was pending.
      const message = error instanceof Error ? error.message : String(error);
      if (!/closed|disposed|already handled|Target page/i.test(message)) throw error;
    }
  };

  await context.route(matcher, handler);

  return {
    domain: opts.domain,
    origin,
    get mode() {
      return mode;
    },
    setMode(next: StandInMode, nextSlowMs?: number) {
      mode = next;
      if (nextSlowMs !== undefined) slowMs = nextSlowMs;
    },
    requests,
    scriptRequests: () => requests.filter((href) => isScriptPath(new URL(href).pathname)),
    meetingRequests: () =>
      requests.filter((href) => {
        const { pathname } = new URL(href);
        return !isScriptPath(pathname) && !pathname.startsWith(STAND_IN_ASSET_DIR);
      }),
    clearRequests() {
      requests.length = 0;
    },
    async uninstall() {
      await context.unroute(matcher, handler);
    },
  };
}

/** The stand-in meeting iframe created by the n-th JitsiMeetExternalAPI on the page. */
export function standInFrame(page: Page, apiIndex = 0): FrameLocator {
  return page.frameLocator(`iframe#jitsiConferenceFrame${apiIndex}`);
}
