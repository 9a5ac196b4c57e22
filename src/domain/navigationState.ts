/**
 * Everything the app carries in a history entry's state: facts a page wants back when the person
 * returns to it (back button, reload, "Zur Startseite"), and never in storage. One typed list, so a
 * fact written in one place is read under the same name in another.
 */
export interface NavigationState {
  /**
   * What the person typed into the join field: it travels with the start page and with the room
   * it led to, so after an error or a reload the field shows it again instead of starting empty.
   */
  typedRoomInput?: string;
  /** The join form was sent before the start page's script ran: check the typed text once. */
  checkTypedRoomInput?: true;
  /** "Konferenz starten" just made this room: the invitation opens once the call is up. */
  created?: true;
  /** On the goodbye page: the room just left, for "Wieder beitreten". */
  room?: string;
  /** A `#key=value` fragment moved out of the address (a guest's `#gast=Oma`): lib/addressFragment. */
  fragment?: string;
}

/** Far above any name or link; history state must not carry a pasted novel. */
const MAX_TEXT_LENGTH = 2000;

type Raw = Record<string, unknown>;

function asObject(state: unknown): Raw {
  return typeof state === "object" && state !== null && !Array.isArray(state) ? (state as Raw) : {};
}

const text = (value: unknown) =>
  typeof value === "string" ? value.slice(0, MAX_TEXT_LENGTH) : undefined;
const flag = (value: unknown) => (value === true ? true : undefined);

/** How each fact is read back: anything else in its place (another app, an old tab) is ignored. */
const READERS: { [K in keyof NavigationState]-?: (value: unknown) => NavigationState[K] } = {
  typedRoomInput: (value) => text(value) || undefined,
  checkTypedRoomInput: flag,
  created: flag,
  room: text,
  // Read whole, as the address had it: the guest-link parser bounds its own work.
  fragment: (value) => (typeof value === "string" ? value : undefined),
};

/** The facts a history state carries, checked one by one. Never throws. */
export function readNavigationState(state: unknown): NavigationState {
  const raw = asObject(state);
  const read: Record<string, unknown> = {};
  for (const [key, reader] of Object.entries(READERS)) {
    const value = (reader as (value: unknown) => unknown)(raw[key]);
    if (value !== undefined) read[key] = value;
  }
  return read as NavigationState;
}

export type NavigationChange = { [K in keyof NavigationState]?: NavigationState[K] | undefined };

/**
 * `state` with `change` applied: a fact set to undefined (or an empty typed text) is removed,
 * whatever else the state holds stays. Null when nothing is left.
 */
export function changeNavigationState(state: unknown, change: NavigationChange): Raw | null {
  const next: Raw = { ...asObject(state) };
  for (const [key, value] of Object.entries(change)) {
    const kept = value === undefined ? undefined : READERS[key as keyof NavigationState](value);
    if (kept === undefined) delete next[key];
    else next[key] = kept;
  }
  return Object.keys(next).length > 0 ? next : null;
}

/** Writes the join field's text; writing it answers a pending check request. */
export function typedInputChange(typed: string): NavigationChange {
  return { typedRoomInput: typed, checkTypedRoomInput: undefined };
}

/** `state` carrying the typed text (see typedInputChange). */
export function withTypedInput(state: unknown, typed: string): Raw | null {
  return changeNavigationState(state, typedInputChange(typed));
}
