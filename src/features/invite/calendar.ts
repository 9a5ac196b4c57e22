// An iCalendar (RFC 5545) file for a planned video call, once or as a standing weekly call.
import { CALENDAR_TIME_ZONE, CALENDAR_VTIMEZONE, zonedDateTime } from "./calendarTimeZone";

/** How often the call comes back: the same room link every time. */
export type CalendarRepeat = "once" | "weekly" | "biweekly";

const RRULES: Readonly<Record<CalendarRepeat, string | null>> = {
  once: null,
  weekly: "RRULE:FREQ=WEEKLY",
  biweekly: "RRULE:FREQ=WEEKLY;INTERVAL=2",
};

export interface IcsInput {
  title: string;
  start: Date;
  durationMinutes: number;
  link: string;
  /** Usually the invitation text from buildInviteText. */
  description: string;
  /** Text of the reminder; RFC 5545 requires one for DISPLAY alarms. Defaults to the title. */
  alarmText?: string;
  /** Stable across re-downloads lets calendars update instead of duplicating. */
  uid?: string;
  /** Time the file is made (DTSTAMP). */
  now?: Date;
  /** Names the app that made the file (PRODID), e.g. calendarProductId("Peter ruft Paul"). */
  productId: string;
  /** Default "once". */
  repeat?: CalendarRepeat;
}

/**
 * PRODID for a town's app. Passed in rather than defaulted here: a town's name in this module
 * would end up in every other town's build.
 */
export function calendarProductId(appName: string): string {
  return `-//${appName}//Einladung//DE`;
}

const CRLF = "\r\n";
const MAX_LINE_OCTETS = 75;

/** The one impure default, kept apart so buildIcs stays testable. */
export function createEventUid(randomUUID: () => string = () => crypto.randomUUID()): string {
  return randomUUID();
}

export function buildIcs(input: IcsInput): string {
  const { title, start, durationMinutes, link, description } = input;
  if (Number.isNaN(start.getTime())) throw new RangeError("start is not a valid date");
  if (!(durationMinutes > 0 && Number.isFinite(durationMinutes))) {
    throw new RangeError(`durationMinutes must be positive, got ${durationMinutes}`);
  }
  const end = new Date(start.getTime() + durationMinutes * 60_000);
  const rule = RRULES[input.repeat ?? "once"];
  // Once: UTC ("Z") needs no VTIMEZONE and every calendar shows local time. Repeating: local
  // time in the town's zone, so that 4 pm stays 4 pm after the clocks change.
  const times = rule
    ? [
        `DTSTART;TZID=${CALENDAR_TIME_ZONE}:${zonedDateTime(start)}`,
        `DTEND;TZID=${CALENDAR_TIME_ZONE}:${zonedDateTime(end)}`,
        rule,
      ]
    : [`DTSTART:${utcDateTime(start)}`, `DTEND:${utcDateTime(end)}`];
  const lines = [
    "BEGIN:VCALENDAR",
    "VERSION:2.0",
    `PRODID:${escapeText(input.productId)}`,
    "CALSCALE:GREGORIAN",
    "METHOD:PUBLISH",
    ...(rule ? CALENDAR_VTIMEZONE : []),
    "BEGIN:VEVENT",
    `UID:${escapeText(input.uid ?? createEventUid())}`,
    `DTSTAMP:${utcDateTime(input.now ?? new Date())}`,
    ...times,
    `SUMMARY:${escapeText(title)}`,
    `DESCRIPTION:${escapeText(description)}`,
    // URL is type URI (no TEXT escaping); LOCATION is what phones make tappable.
    `URL:${link}`,
    `LOCATION:${escapeText(link)}`,
    "BEGIN:VALARM",
    "ACTION:DISPLAY",
    "TRIGGER:-PT15M",
    `DESCRIPTION:${escapeText(input.alarmText ?? title)}`,
    "END:VALARM",
    "END:VEVENT",
    "END:VCALENDAR",
  ];
  return lines.map(foldLine).join(CRLF) + CRLF;
}

// RFC 5545 3.3.11 allows no control character in TEXT but tab; line breaks are escaped as \n.
// \0 cuts the text short in some readers, \v and the like are invalid: they go.
const CONTROL = /(?![\t\n\r])\p{Cc}/gu;

/** RFC 5545 3.3.11: control characters dropped, backslash first, then ; , and line breaks. */
export function escapeText(text: string): string {
  return text
    .replace(CONTROL, "")
    .replace(/\\/g, "\\\\")
    .replace(/;/g, "\\;")
    .replace(/,/g, "\\,")
    .replace(/\r\n|\r|\n/g, "\\n");
}

/**
 * RFC 5545 3.1: at most 75 octets per physical line; continuation lines start
 * with one space, which counts. Splits only between code points, so UTF-8
 * characters (umlauts, emoji) stay whole.
 */
export function foldLine(line: string): string {
  const parts: string[] = [];
  let current = "";
  let octets = 0;
  for (const char of line) {
    const size = utf8Length(char);
    if (octets + size > MAX_LINE_OCTETS) {
      parts.push(current);
      current = " ";
      octets = 1;
    }
    current += char;
    octets += size;
  }
  parts.push(current);
  return parts.join(CRLF);
}

function utf8Length(char: string): number {
  const code = char.codePointAt(0) ?? 0;
  return code < 0x80 ? 1 : code < 0x800 ? 2 : code < 0x10000 ? 3 : 4;
}

function utcDateTime(date: Date): string {
  // 2026-07-15T16:00:00.000Z -> 20260715T160000Z
  return `${date.toISOString().slice(0, 19).replace(/[-:]/g, "")}Z`;
}

/** "Videogespräch mit Oma!" -> "Videogespraech-mit-Oma.ics": safe on every OS and mail gateway. */
export function icsFileName(title: string): string {
  const ascii = title
    .normalize("NFC")
    .replace(/[äÄöÖüÜß]/g, (c) => TRANSLITERATION[c] ?? c)
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[^A-Za-z0-9]+/g, "-")
    .slice(0, 60)
    .replace(/^-+|-+$/g, "");
  return `${ascii || "event"}.ics`;
}

const TRANSLITERATION: Record<string, string> = {
  ä: "ae",
  Ä: "Ae",
  ö: "oe",
  Ö: "Oe",
  ü: "ue",
  Ü: "Ue",
  ß: "ss",
};
