import { useSyncExternalStore } from "react";

const never = () => () => {};

/**
 * False while the page is prerendered at build time and while the browser hydrates that HTML, true
 * from then on. Content that only the browser can know (its features, what is stored in history)
 * waits for it, so the first render in the browser matches the prerendered markup exactly.
 */
export function useIsClient(): boolean {
  return useSyncExternalStore(
    never,
    () => true,
    () => false,
  );
}
