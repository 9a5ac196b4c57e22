/*
 * A repeating call keeps its wall-clock time ("Sunday, 4 pm") across the change to summer time
 * only if the calendar file says in which zone it is meant: a weekly rule in UTC would move the
 * call by an hour. So repeating events are written in local time with TZID and this VTIMEZONE.
 * The towns are all in Baden-Württemberg: the zone is the one of Germany.
 */
export const CALENDAR_TIME_ZONE = "Europe/Berlin";

/** The zone's rules since 1996 (EU summer time: last Sunday of March to last Sunday of October). */
export const CALENDAR_VTIMEZONE: readonly string[] = [
  "BEGIN:VTIMEZONE",
  `TZID:${CALENDAR_TIME_ZONE}`,
  "BEGIN:DAYLIGHT",
  "TZOFFSETFROM:+0100",
  "TZOFFSETTO:+0200",
  "TZNAME:CEST",
  "DTSTART:19810329T020000",
  "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU",
  "END:DAYLIGHT",
  "BEGIN:STANDARD",
  "TZOFFSETFROM:+0200",
  "TZOFFSETTO:+0100",
  "TZNAME:CET",
  "DTSTART:19961027T030000",
  "RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU",
  "END:STANDARD",
  "END:VTIMEZONE",
];

const wallClock = new Intl.DateTimeFormat("en-GB", {
  timeZone: CALENDAR_TIME_ZONE,
  year: "numeric",
  month: "2-digit",
  day: "2-digit",
  hour: "2-digit",
  minute: "2-digit",
  second: "2-digit",
  hourCycle: "h23",
});

/** The moment as wall-clock time in the zone, as iCalendar writes it: "20270314T160000". */
export function zonedDateTime(date: Date): string {
  const part = Object.fromEntries(wallClock.formatToParts(date).map((p) => [p.type, p.value]));
  return `${part.year}${part.month}${part.day}T${part.hour}${part.minute}${part.second}`;
}
