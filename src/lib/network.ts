/** Browser facts behind one adapter, so components stay testable. */
export function isOnline(): boolean {
  return typeof navigator === "undefined" || navigator.onLine !== false;
}

/** Calls `listener` once the browser reports it is back online; returns the unsubscribe. */
export function onBackOnline(listener: () => void): () => void {
  window.addEventListener("online", listener);
  return () => window.removeEventListener("online", listener);
}
