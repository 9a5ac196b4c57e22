/**
 * What a person typed into the join field travels in the history entries of the landing page and
 * of the room it led to (never in storage), so that after an error, "Zur Startseite", the back
 * button or a reload the field shows it again instead of starting empty.
 */
export const TYPED_INPUT_KEY = "typedRoomInput";

/** Set with the typed text when the join form was sent before the start page's script ran. */
export const CHECK_TYPED_INPUT_KEY = "checkTypedRoomInput";

/** Far above any name or link; history state must not carry a pasted novel. */
const MAX_LENGTH = 2000;

/** The typed text carried by a history state, or "" when there is none. Never throws. */
export function typedInputFrom(state: unknown): string {
  if (typeof state !== "object" || state === null) return "";
  const value = (state as Record<string, unknown>)[TYPED_INPUT_KEY];
  return typeof value === "string" ? value.slice(0, MAX_LENGTH) : "";
}

/** A history state that carries `typed`, keeping what else `state` holds; none when empty. */
export function stateWithTypedInput(state: unknown, typed: string): Record<string, unknown> {
  // Rewriting the state answers a pending check request: it is dropped.
  const {
    [TYPED_INPUT_KEY]: _previous,
    [CHECK_TYPED_INPUT_KEY]: _check,
    ...rest
  } = typeof state === "object" && state !== null ? (state as Record<string, unknown>) : {};
  return typed === "" ? rest : { ...rest, [TYPED_INPUT_KEY]: typed.slice(0, MAX_LENGTH) };
}
