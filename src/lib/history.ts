/** The only place that touches window.location and window.history. */
import { findLanguage } from "../i18n/languages";

type Listener = () => void;
const listeners = new Set<Listener>();

function notify() {
  for (const listener of listeners) listener();
}

/**
 * The address being prerendered at build time, where there is no window (src/entry-prerender.tsx):
 * a path, with `?lang=` for the variant nginx serves to someone who chose a language.
 */
const SERVER_ORIGIN = "http://prerender.invalid";
let serverAddress = new URL("/", SERVER_ORIGIN);

export function setServerPath(pathWithQuery: string) {
  serverAddress = new URL(pathWithQuery, SERVER_ORIGIN);
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

/**
 * Query parameters that stay with the person while they move through the app and into the links
 * they share: the chosen language (`?lang=tr`) is kept in the address, never in a cookie. Each
 * maps the value in the address to the one carried on, or null for one that means nothing here
 * (`?lang=xx`), so links carry exactly what the page served for that address carries.
 */
export const STICKY_PARAMS: Readonly<Record<string, (value: string) => string | null>> = {
  lang: (value) => findLanguage(value)?.code ?? null,
};

/** The current address's sticky parameters, as they are carried on: [["lang", "tr"]]. */
export function stickyParams(): [string, string][] {
  const current = new URLSearchParams(currentAddress().search);
  const carried: [string, string][] = [];
  for (const [name, normalise] of Object.entries(STICKY_PARAMS)) {
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
