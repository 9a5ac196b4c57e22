/**
 * The parts of the address a page reads besides its path (lib/history.ts has path and state):
 * the fragment, which carries a guest's name and never reaches a server.
 */
export function currentHash(): string {
  return typeof window === "undefined" ? "" : window.location.hash;
}

/**
 * Replaces the history state of the current entry, keeping path, query and fragment, without
 * telling the router: for a flag that must act once and not again after a reload.
 */
export function replaceHistoryState(state: unknown): void {
  try {
    window.history.replaceState(state, "", window.location.href);
  } catch {
    // A sandboxed or odd browser: the worst case is the flag surviving a reload.
  }
}
