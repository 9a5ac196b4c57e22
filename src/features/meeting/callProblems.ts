/**
 * What the call reports through the iframe API, reduced to what the page tells the person.
 * Payloads come from another origin: read defensively, never trust their shape.
 */
export type Device = "camera" | "microphone";

export type CallProblem =
  /** Camera or microphone could not start; the call goes on. */
  | { kind: "device"; device: Device; blocked: boolean }
  /**
   * Jitsi flagged the error `isFatal` (the connection dropped, the focus or the videobridge went
   * away, ICE failed): only a new start helps. A conference that ended normally is not fatal.
   */
  | { kind: "fatal" };

export const CALL_PROBLEM_EVENTS = ["cameraError", "micError", "errorOccurred"] as const;
export type CallProblemEvent = (typeof CALL_PROBLEM_EVENTS)[number];

const field = (value: unknown, key: string): unknown =>
  typeof value === "object" && value !== null ? (value as Record<string, unknown>)[key] : undefined;

export function problemFromEvent(event: CallProblemEvent, payload: unknown): CallProblem | null {
  if (event === "errorOccurred") {
    // The API sends the details under `error`; the handbook shows them flat. Accept both.
    const error = field(payload, "error") ?? payload;
    return field(error, "isFatal") === true ? { kind: "fatal" } : null;
  }
  const type = field(payload, "type");
  // "gum.permission_denied" when the browser or the person said no.
  const blocked = typeof type === "string" && /permission/i.test(type);
  return { kind: "device", device: event === "cameraError" ? "camera" : "microphone", blocked };
}
