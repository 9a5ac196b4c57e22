import { useCallback, useEffect, useState } from "react";

/** How long a confirmation such as "Link kopiert" stays on screen. */
export const STATUS_VISIBLE_MS = 10_000;

/**
 * A short confirmation for a live region. `id` changes with every message, so rendering the text
 * under `key={id}` makes screen readers announce a repeated "kopiert" again.
 */
export function useStatusMessage() {
  const [status, setStatus] = useState({ id: 0, text: "" });
  const announce = useCallback((text: string) => setStatus(({ id }) => ({ id: id + 1, text })), []);
  useEffect(() => {
    if (!status.text) return;
    const timer = setTimeout(() => setStatus(({ id }) => ({ id, text: "" })), STATUS_VISIBLE_MS);
    return () => clearTimeout(timer);
  }, [status]);
  return { ...status, announce };
}

export function StatusMessage({ id, text }: { id: number; text: string }) {
  return (
    <p className="share-status" role="status">
      <span key={id}>{text}</span>
    </p>
  );
}
