// Phone dial-in: asking the town's services for a number and a room's PIN the way jitsi-meet's
// own invite dialog does (react/features/invite/_utils.ts), reading their answers, and the PIN in
// groups for reading aloud. Plain logic: the requests go through src/lib/fetchJson.ts.
import type { Translate } from "./inviteText";

/** What a guest without internet needs: one number to call and the PIN to type. */
export interface DialIn {
  number: string;
  /** Digits only, e.g. "12345678". */
  pin: string;
}

/**
 * The conference as Jitsi's services know it: `<room>@<muc>`. Jitsi joins a room under its
 * lower-cased name, so the mapper gets that: a link typed in other case gets the same PIN.
 */
export function conferenceName(room: string, mucDomain: string): string {
  return `${encodeURIComponent(room.toLowerCase())}@${mucDomain}`;
}

/** `<url>?conference=<room>@<muc>` (or `&conference=` when the URL has a query already). */
export function withConference(url: string, room: string, mucDomain: string): string {
  return `${url}${url.includes("?") ? "&" : "?"}conference=${conferenceName(room, mucDomain)}`;
}

/** The mapper's answer `{"id": 12345678, "conference": "…"}`; jitsi-meet needs both. */
export function parsePin(answer: unknown): string | null {
  if (typeof answer !== "object" || answer === null) return null;
  const { id, conference } = answer as { id?: unknown; conference?: unknown };
  if (!conference) return null;
  const digits = typeof id === "number" && Number.isSafeInteger(id) ? String(id) : id;
  return typeof digits === "string" && /^\d{4,12}$/.test(digits) ? digits : null;
}

/** Only what a phone number looks like goes into an invitation: no text from elsewhere. */
const PHONE = /^\+?[0-9][0-9 ()./-]{2,28}[0-9]$/;

function cleanNumber(value: unknown): string | null {
  if (typeof value !== "string") return null;
  const number = value.trim().replace(/\s+/g, " ");
  return PHONE.test(number) ? number : null;
}

/**
 * The number to show, from the numbers list: `[{countryCode, tollFree, formattedNumber,
 * default?}]` (the one marked `default`, else the first), or the deprecated
 * `{numbersEnabled, numbers: {DE: ["…"]}}` (the first number of the first country).
 */
export function parseNumbers(answer: unknown): string | null {
  if (Array.isArray(answer)) {
    const entries = answer.filter(
      (entry): entry is { formattedNumber: unknown; default?: unknown } =>
        typeof entry === "object" && entry !== null && cleanNumber(entry.formattedNumber) !== null,
    );
    const chosen = entries.find((entry) => entry.default === true) ?? entries[0];
    return chosen ? cleanNumber(chosen.formattedNumber) : null;
  }
  if (typeof answer !== "object" || answer === null) return null;
  const { numbersEnabled, numbers } = answer as { numbersEnabled?: unknown; numbers?: unknown };
  if (numbersEnabled !== true || typeof numbers !== "object" || numbers === null) return null;
  const first = Object.values(numbers)[0];
  return Array.isArray(first) ? cleanNumber(first[0]) : null;
}

/** Groups of three or four digits, the longer first: "1234 5678", "1234 567", "123 456 789". */
export function pinGroups(pin: string): string[] {
  const count = Math.ceil(pin.length / 4);
  const groups: string[] = [];
  let start = 0;
  for (let index = 0; index < count; index++) {
    const size = Math.ceil((pin.length - start) / (count - index));
    groups.push(pin.slice(start, start + size));
    start += size;
  }
  return groups;
}

/** "1234 5678", as printed. */
export function formatPin(pin: string): string {
  return pinGroups(pin).join(" ");
}

/** "1 2 3 4, 5 6 7 8": a screen reader says each digit, with a pause between the groups. */
export function spokenPin(pin: string): string {
  return pinGroups(pin)
    .map((group) => [...group].join(" "))
    .join(", ");
}

/** The invitation's phone line: "Ohne Internet? Rufen Sie an: 07252 …, dann die PIN 1234 5678 #". */
export function buildDialInLine(t: Translate, { number, pin }: DialIn): string {
  return t("dialIn.line", { number, pin: formatPin(pin) });
}

/** "tel:072529999" for "07252 9999-0"-style numbers: phones dial it with one tap. */
export function telUri(number: string): string {
  return `tel:${number.replace(/[^\d+]/g, "")}`;
}
