import ICAL from "ical.js";
import { describe, expect, it } from "vitest";
import { buildIcs, calendarProductId, type IcsInput } from "./calendar";
import { zonedDateTime } from "./calendarTimeZone";

const LINK = "https://meet.bretten.de/ApfelWolkeGeigeTurmKatzeBrot";
// Sunday 14 March 2027, 4 pm in Bretten (CET, +1); summer time starts on 28 March 2027.
const input: IcsInput = {
  title: "Sonntag 16 Uhr mit Oma",
  start: new Date("2027-03-14T16:00:00+01:00"),
  durationMinutes: 60,
  link: LINK,
  description: "Einladung",
  uid: "3f1c2a9e-0000-4000-8000-000000000002",
  now: new Date("2027-03-01T09:00:00Z"),
  productId: calendarProductId("Peter ruft Paul"),
};

/** The first `count` starts of the event as ical.js expands them, as UTC ISO strings. */
function occurrences(ics: string, count: number): string[] {
  const calendar = new ICAL.Component(ICAL.parse(ics));
  const vevent = calendar.getFirstSubcomponent("vevent");
  if (!vevent) throw new Error("no VEVENT");
  // ical.js resolves TZID through its timezone service: give it the file's own VTIMEZONE.
  for (const zone of calendar.getAllSubcomponents("vtimezone")) {
    ICAL.TimezoneService.register(new ICAL.Timezone(zone));
  }
  const event = new ICAL.Event(vevent);
  const iterator = event.iterator();
  const starts: string[] = [];
  for (let next = iterator.next(); next && starts.length < count; next = iterator.next()) {
    starts.push(next.toJSDate().toISOString());
  }
  return starts;
}

describe("a repeating call", () => {
  it("weekly: stays at 4 pm in Bretten across the change to summer time (15:00 -> 14:00 UTC)", () => {
    expect(occurrences(buildIcs({ ...input, repeat: "weekly" }), 4)).toEqual([
      "2027-03-14T15:00:00.000Z",
      "2027-03-21T15:00:00.000Z",
      "2027-03-28T14:00:00.000Z",
      "2027-04-04T14:00:00.000Z",
    ]);
  });

  it("weekly: and back to 15:00 UTC when winter time returns on 31 October", () => {
    const autumn = { ...input, start: new Date("2027-10-24T16:00:00+02:00"), repeat: "weekly" };
    expect(occurrences(buildIcs(autumn as IcsInput), 2)).toEqual([
      "2027-10-24T14:00:00.000Z",
      "2027-10-31T15:00:00.000Z",
    ]);
  });

  it("every two weeks: every other Sunday, still at 4 pm", () => {
    expect(occurrences(buildIcs({ ...input, repeat: "biweekly" }), 3)).toEqual([
      "2027-03-14T15:00:00.000Z",
      "2027-03-28T14:00:00.000Z",
      "2027-04-11T14:00:00.000Z",
    ]);
  });

  it("is one entry with the same link every time, in local time with its zone", () => {
    const ics = buildIcs({ ...input, repeat: "weekly" });
    const calendar = new ICAL.Component(ICAL.parse(ics));
    expect(calendar.getAllSubcomponents("vevent")).toHaveLength(1);
    expect(ics).toContain("\r\nDTSTART;TZID=Europe/Berlin:20270314T160000\r\n");
    expect(ics).toContain("\r\nDTEND;TZID=Europe/Berlin:20270314T170000\r\n");
    expect(ics).toContain("\r\nRRULE:FREQ=WEEKLY\r\n");
    expect(calendar.getFirstSubcomponent("vtimezone")?.getFirstPropertyValue("tzid")).toBe(
      "Europe/Berlin",
    );
    expect(calendar.getFirstSubcomponent("vevent")?.getFirstPropertyValue("location")).toBe(LINK);
  });

  it("once: a single UTC time, no rule and no time zone block", () => {
    const ics = buildIcs({ ...input, repeat: "once" });
    expect(ics).toContain("\r\nDTSTART:20270314T150000Z\r\n");
    expect(ics).not.toMatch(/RRULE|VTIMEZONE|TZID/);
    expect(buildIcs(input)).toBe(ics);
    expect(occurrences(ics, 3)).toEqual(["2027-03-14T15:00:00.000Z"]);
  });
});

describe("zonedDateTime", () => {
  it("gives Bretten's wall-clock time, whatever the device's zone", () => {
    expect(zonedDateTime(new Date("2027-03-28T14:00:00Z"))).toBe("20270328T160000");
    expect(zonedDateTime(new Date("2027-01-01T23:30:00Z"))).toBe("20270102T003000");
  });
});
