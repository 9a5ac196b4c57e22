/** The Web Share API (phones, tablets, some desktops), behind an adapter that never throws. */
export interface SharePayload {
  title?: string;
  text?: string;
  url?: string;
}

export type ShareOutcome = "shared" | "cancelled" | "failed";

export function canShare(payload?: SharePayload): boolean {
  try {
    if (typeof navigator === "undefined" || typeof navigator.share !== "function") return false;
    return typeof navigator.canShare !== "function" || !payload || navigator.canShare(payload);
  } catch {
    return false;
  }
}

export async function share(payload: SharePayload): Promise<ShareOutcome> {
  if (!canShare(payload)) return "failed";
  try {
    await navigator.share(payload);
    return "shared";
  } catch (error) {
    // Closing the share sheet rejects with AbortError: that is a choice, not a failure.
    return error instanceof DOMException && error.name === "AbortError" ? "cancelled" : "failed";
  }
}
