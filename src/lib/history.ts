/** The only place that touches window.location and window.history. */
import {
  changeNavigationState,
  type NavigationChange,
  type NavigationState,
  readNavigationState,
} from "../domain/navigationState";

type Listener = () => void;
const listeners = new Set<Listener>();

function notify() {
  for (const listener of listeners) listener();
}

/**
 * The address being prerendered at build time, where there is no window: a path, with `?lang=`
 * for the variant nginx serves to someone who chose a language. Set by the page renderer
 * (src/entry-prerender.tsx) before each page; it renders one page at a time.
 */
const SERVER_ORIGIN = "http://prerender.invalid";
let serverAddress = new URL("/", SERVER_ORIGIN);

export function setServerPath(pathWithQuery: string) {
  serverAddress = new URL(pathWithQuery, SERVER_ORIGIN);
}

/** Maps a parameter's value in the address to the one carried on, or null for a meaningless one. */
export type StickyParamRule = (value: string) => string | null;

let stickyRules: Readonly<Record<string, StickyParamRule>> = {};

/**
 * Names the query parameters that stay with the person while they move through the app and into
 * the links they share (the app's are in src/app/stickyParams.ts: the chosen language, kept in
 * the address, never in a cookie). Each rule maps the value in the address to the one carried on,
 * so links carry exactly what the page served for that address carries.
 */
export function setStickyParams(rules: Readonly<Record<string, StickyParamRule>>) {
  stickyRules = rules;
}

/** The address the app reads: the browser's, or at build time the page being rendered. */
function currentAddress(): URL | Location {
  return typeof window === "undefined" ? serverAddress : window.location;
}

export function currentPath(): string {
  return currentAddress().pathname;
}

/** The value of one query parameter of the current address, e.g. currentSearchParam("lang"). */
export function currentSearchParam(name: string): string | null {
  return new URLSearchParams(currentAddress().search).get(name);
}

export function currentHash(): string {
  return typeof window === "undefined" ? "" : window.location.hash;
}

/** The current address's sticky parameters, as they are carried on: [["lang", "tr"]]. */
export function stickyParams(): [string, string][] {
  const current = new URLSearchParams(currentAddress().search);
  const carried: [string, string][] = [];
  for (const [name, normalise] of Object.entries(stickyRules)) {
    const value = current.get(name);
    const kept = value === null ? null : normalise(value);
    if (kept !== null) carried.push([name, kept]);
  }
  return carried;
}

/**
 * Adds the current address's sticky parameters to a same-site path or URL that does not set them
 * itself, keeping its own query and fragment: "/Room#gast=Oma" becomes "/Room?lang=tr#gast=Oma".
 * At build time it reads the address being prerendered, so a page's links match the browser's.
 */
export function withStickyParams(target: string): string {
  const location = currentAddress();
  const carried = stickyParams();
  if (carried.length === 0) return target;
  const url = new URL(target, location.href);
  // Another site: our parameters mean nothing there.
  if (url.origin !== location.origin) return target;
  for (const [name, value] of carried) {
    if (!url.searchParams.has(name)) url.searchParams.set(name, value);
  }
  const isAbsolute = /^[a-z][a-z0-9+.-]*:/i.test(target);
  return isAbsolute ? url.href : `${url.pathname}${url.search}${url.hash}`;
}

/** The facts the current history entry carries (see domain/navigationState.ts). */
export function currentState(): NavigationState {
  return readNavigationState(typeof window === "undefined" ? null : window.history.state);
}

/**
 * Moves within the app; the sticky parameters (the language) come along unless `path` sets them.
 * `state` is what the new entry carries (domain/navigationState.ts); `keepState` carries the
 * current entry's state over whole (a redirect to the canonical address).
 */
export function navigate(
  path: string,
  options: { replace?: boolean; state?: NavigationState | null; keepState?: boolean } = {},
) {
  const state = options.keepState ? window.history.state : (options.state ?? null);
  const target = withStickyParams(path);
  if (options.replace) window.history.replaceState(state, "", target);
  else window.history.pushState(state, "", target);
  notify();
}

export function subscribeToNavigation(listener: Listener): () => void {
  listeners.add(listener);
  if (listeners.size === 1) window.addEventListener("popstate", notify);
  return () => {
    listeners.delete(listener);
    if (listeners.size === 0) window.removeEventListener("popstate", notify);
  };
}

export function currentOrigin(): string {
  return window.location.origin;
}

export function reloadPage() {
  window.location.reload();
}

/**
 * Changes facts in the current history entry's state without moving or telling the router: for
 * facts a page wants back when the person returns to it (back button, reload). Other facts stay.
 * Never throws: a browser may refuse (too many calls, sandboxed frames) and the page must go on
 * without it.
 */
export function changeCurrentState(change: NavigationChange): void {
  try {
    window.history.replaceState(changeNavigationState(window.history.state, change), "");
  } catch {
    // Losing a convenience is better than losing the click that called us.
  }
}
