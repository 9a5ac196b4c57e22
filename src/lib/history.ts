/** The only place that touches window.location and window.history. */
type Listener = () => void;
const listeners = new Set<Listener>();

function notify() {
  for (const listener of listeners) listener();
}

/** The page being prerendered at build time, where there is no window (src/entry-prerender.tsx). */
let serverPath = "/";

export function setServerPath(path: string) {
  serverPath = path;
}

export function currentPath(): string {
  return typeof window === "undefined" ? serverPath : window.location.pathname;
}

/** The value of one query parameter of the current address, e.g. currentSearchParam("lang"). */
export function currentSearchParam(name: string): string | null {
  if (typeof window === "undefined") return null;
  return new URLSearchParams(window.location.search).get(name);
}

export function currentHash(): string {
  return typeof window === "undefined" ? "" : window.location.hash;
}

/**
 * Query parameters that stay with the person while they move through the app and into the links
 * they share: the chosen language (`?lang=tr`) is kept in the address, never in a cookie.
 */
export const STICKY_PARAMS: readonly string[] = ["lang"];

/**
 * Adds the current address's sticky parameters to a same-site path or URL that does not set them
 * itself, keeping its own query and fragment: "/Room#gast=Oma" becomes "/Room?lang=tr#gast=Oma".
 */
export function withStickyParams(target: string): string {
  if (typeof window === "undefined") return target;
  const current = new URLSearchParams(window.location.search);
  const carried = STICKY_PARAMS.filter((name) => current.has(name));
  if (carried.length === 0) return target;
  const url = new URL(target, window.location.href);
  // Another site: our parameters mean nothing there.
  if (url.origin !== window.location.origin) return target;
  for (const name of carried) {
    if (!url.searchParams.has(name)) url.searchParams.set(name, current.get(name) ?? "");
  }
  const isAbsolute = /^[a-z][a-z0-9+.-]*:/i.test(target);
  return isAbsolute ? url.href : `${url.pathname}${url.search}${url.hash}`;
}

/** Removes a query parameter from the current address, without a new history entry. */
export function removeSearchParam(name: string) {
  const url = new URL(window.location.href);
  if (!url.searchParams.has(name)) return;
  url.searchParams.delete(name);
  window.history.replaceState(window.history.state, "", `${url.pathname}${url.search}${url.hash}`);
}

export function currentState<T>(): T | null {
  if (typeof window === "undefined") return null;
  return (window.history.state as T | null) ?? null;
}

/** Moves within the app; the sticky parameters (the language) come along unless `path` sets them. */
export function navigate(path: string, options: { replace?: boolean; state?: unknown } = {}) {
  const state = options.state ?? null;
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
