/**
 * Changes the state of the current history entry without moving or telling the router: for facts
 * a page wants back when the person returns to it (back button, reload). Never throws: a browser
 * may refuse (too many calls, sandboxed frames) and the page must go on without it.
 */
export function replaceCurrentState(state: unknown): void {
  try {
    window.history.replaceState(state, "");
  } catch {
    // Losing a convenience is better than losing the click that called us.
  }
}
