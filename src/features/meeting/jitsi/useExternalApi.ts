import { useCallback, useEffect, useState } from "react";
import { isOnline, onBackOnline } from "../../../lib/network";
import { ExternalApiLoadError, type LoadFailure, loadExternalApi } from "./loadExternalApi";

export type ExternalApiState =
  | { status: "loading" }
  | { status: "ready" }
  | { status: "failed"; reason: LoadFailure | "offline" };

/** The loader's state for a page, with a retry that works without reloading the page. */
export function useExternalApi(domain: string, timeoutMs?: number) {
  const [attempt, setAttempt] = useState(0);
  const [state, setState] = useState<ExternalApiState>({ status: "loading" });

  useEffect(() => {
    let active = true;
    setState({ status: "loading" });
    loadExternalApi(domain, { attempt, ...(timeoutMs ? { timeoutMs } : {}) }).then(
      () => active && setState({ status: "ready" }),
      (error: unknown) => {
        if (!active) return;
        const reason = error instanceof ExternalApiLoadError ? error.reason : "invalid";
        setState({ status: "failed", reason: isOnline() ? reason : "offline" });
      },
    );
    return () => {
      active = false;
    };
  }, [domain, attempt, timeoutMs]);

  const retry = useCallback(() => setAttempt((n) => n + 1), []);

  // Back online after an offline failure: try again by itself.
  const offline = state.status === "failed" && state.reason === "offline";
  useEffect(() => (offline ? onBackOnline(retry) : undefined), [offline, retry]);

  return { state, retry };
}
