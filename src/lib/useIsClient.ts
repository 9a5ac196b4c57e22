import { useSyncExternalStore } from "react";

const never = () => () => {};

/**
 * `server` while the page is prerendered at build time and while the browser hydrates that HTML,
 * `client()` from then on. Content that only the browser can know (its features, the site's
 * address) waits for it, so the first render in the browser matches the prerendered markup.
 * `client` must return the same value each time it is called.
 */
export function useClientValue<T>(client: () => T, server: T): T {
  return useSyncExternalStore(never, client, () => server);
}

/** False while prerendering and hydrating, true from then on (see useClientValue). */
export function useIsClient(): boolean {
  return useClientValue(() => true, false);
}
