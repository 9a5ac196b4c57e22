/** The only place that touches window.location and window.history. */
type Listener = () => void;
const listeners = new Set<Listener>();

function notify() {
  for (const listener of listeners) listener();
}

export function currentPath(): string {
  return window.location.pathname;
}

export function currentState<T>(): T | null {
  return (window.history.state as T | null) ?? null;
}

export function navigate(path: string, options: { replace?: boolean; state?: unknown } = {}) {
  const state = options.state ?? null;
  if (options.replace) window.history.replaceState(state, "", path);
  else window.history.pushState(state, "", path);
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
