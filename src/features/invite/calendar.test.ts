import ICAL from "ical.js";
import { describe, expect, it } from "vitest";
import { t } from "../../test/testTranslate";
import {
  buildIcs,
  calendarProductId,
  createEventUid,
  foldLine,
  type IcsInput,
  icsFileName,
} from "./calendar";
import { buildInviteText } from "./inviteText";

const LINK = "https://meet.bretten.de/ApfelWolkeGeigeTurmKatzeBrot#gast=Oma%20Erna";
const input: IcsInput = {
  title: "Videogespräch mit Oma Erna",
  start: new Date("2026-07-15T18:00:00+02:00"),
  durationMinutes: 45,
  link: LINK,
  description: buildInviteText({ t, appName: "Peter ruft Paul", town: "Bretten", link: LINK }),
  alarmText: "Das Videogespräch beginnt in 15 Minuten.",
  uid: "3f1c2a9e-0000-4000-8000-000000000001",
  now: new Date("2026-07-01T09:30:15.123Z"),
  productId: calendarProductId("Peter ruft Paul"),
};

function parse(ics: string) {
  const calendar = new ICAL.Component(ICAL.parse(ics));
  const vevent = calendar.getFirstSubcomponent("vevent");
  if (!vevent) throw new Error("no VEVENT");
  return { calendar, vevent, event: new ICAL.Event(vevent) };
}

/** Wall-clock time in Bretten, independent of the test machine's TZ. */
const berlinTime = (date: Date) =>
  new Intl.DateTimeFormat("de-DE", {
    timeZone: "Europe/Berlin",
    dateStyle: "short",
    timeStyle: "short",
  }).format(date);

describe("buildIcs parsed by ical.js", () => {
  it("has the calendar header a calendar app expects", () => {
    const { calendar } = parse(buildIcs(input));
    expect(calendar.getFirstPropertyValue("version")).toBe("2.0");
    expect(calendar.getFirstPropertyValue("prodid")).toBe("-//Peter ruft Paul//Einladung//DE");
    expect(calendar.getFirstPropertyValue("calscale")).toBe("GREGORIAN");
    expect(calendar.getFirstPropertyValue("method")).toBe("PUBLISH");
    expect(calendar.getAllSubcomponents("vevent")).toHaveLength(1);
  });

  it("carries title, link, uid, stamp and the exact description", () => {
    const { vevent, event } = parse(buildIcs(input));
    expect(event.summary).toBe(input.title);
    expect(event.uid).toBe(input.uid);
    expect(event.location).toBe(LINK);
    expect(vevent.getFirstPropertyValue("url")).toBe(LINK);
    expect(event.description).toBe(input.description);
    expect(event.description).toContain("\n\nBis bald!");
    const stamp = vevent.getFirstPropertyValue("dtstamp") as ICAL.Time;
    expect(stamp.toJSDate().toISOString()).toBe("2026-07-01T09:30:15.000Z");
  });

  it("turns a summer evening in Bretten into the right UTC time (CEST, +2)", () => {
    const ics = buildIcs(input);
    expect(ics).toContain("\r\nDTSTART:20260715T160000Z\r\n");
    expect(ics).toContain("\r\nDTEND:20260715T164500Z\r\n");
    const { event } = parse(ics);
    expect(event.startDate.zone?.tzid).toBe("UTC");
    expect(berlinTime(event.startDate.toJSDate())).toBe("15.07.26, 18:00");
    expect(berlinTime(event.endDate.toJSDate())).toBe("15.07.26, 18:45");
  });

  it("turns a winter evening in Bretten into the right UTC time (CET, +1)", () => {
    const start = new Date("2026-01-15T18:00:00+01:00");
    const ics = buildIcs({ ...input, start, durationMinutes: 90 });
    expect(ics).toContain("\r\nDTSTART:20260115T170000Z\r\n");
    const { event } = parse(ics);
    expect(berlinTime(event.startDate.toJSDate())).toBe("15.01.26, 18:00");
    expect(berlinTime(event.endDate.toJSDate())).toBe("15.01.26, 19:30");
  });

  it("reminds 15 minutes before with a display alarm", () => {
    const { vevent } = parse(buildIcs(input));
    const alarm = vevent.getFirstSubcomponent("valarm");
    expect(alarm?.getFirstPropertyValue("action")).toBe("DISPLAY");
    expect(String(alarm?.getFirstPropertyValue("trigger"))).toBe("-PT15M");
    expect(alarm?.getFirstPropertyValue("description")).toBe(input.alarmText);
  });

  it("round-trips text with backslash, commas, semicolons, line breaks, umlauts and emoji", () => {
    const description = "Hallo, Oma; 👵🏼 ✨\nZeile 2 \\ Pfad\r\nÄÖÜß, 😀;😀,😀\rEnde\n";
    const title = "Kaffee, Kuchen; Käsekuchen 🍰";
    const ics = buildIcs({ ...input, title, description });
    // ical.js forgives unescaped , and ; in single-valued TEXT; stricter apps do not.
    expect(ics.replace(/\r\n /g, "")).toContain(
      "\r\nSUMMARY:Kaffee\\, Kuchen\\; Käsekuchen 🍰\r\n",
    );
    const { event } = parse(ics);
    expect(event.description).toBe(description.replace(/\r\n|\r/g, "\n"));
    expect(event.summary).toBe(title);
  });
});

describe("control characters", () => {
  it("leaves none in title, description and reminder, and keeps the text around them", () => {
    const dirty = "Oma\u0000 Erna\u000b und\u0007 Opa\u001b\u007f\u0085\tKaffee";
    const ics = buildIcs({
      ...input,
      title: dirty,
      description: `${dirty}\nZeile 2`,
      alarmText: dirty,
    });
    // Only CR LF between lines and the tab that TEXT allows remain.
    expect(ics.replace(/\r\n/g, "")).not.toMatch(/(?!\t)\p{Cc}/u);
    const { vevent, event } = parse(ics);
    expect(event.summary).toBe("Oma Erna und Opa\tKaffee");
    expect(event.description).toBe("Oma Erna und Opa\tKaffee\nZeile 2");
    expect(vevent.getFirstSubcomponent("valarm")?.getFirstPropertyValue("description")).toBe(
      "Oma Erna und Opa\tKaffee",
    );
  });
});

describe("physical lines", () => {
  const long = buildIcs({
    ...input,
    title: "Ä".repeat(100),
    description: `${"👩‍👩‍👧‍👦".repeat(40)}${"x".repeat(150)}ö€😀`.repeat(3),
  });

  it("all end in CRLF and none has a bare CR or LF", () => {
    expect(long.endsWith("\r\n")).toBe(true);
    expect(long.replace(/\r\n/g, "")).not.toMatch(/[\r\n]/);
  });

  it("are at most 75 octets and hold only whole UTF-8 characters", () => {
    const lines = long.split("\r\n").slice(0, -1);
    expect(lines.some((line) => line.startsWith(" "))).toBe(true); // folding happened
    for (const line of lines) {
      const bytes = new TextEncoder().encode(line);
      expect(bytes.length).toBeLessThanOrEqual(75);
      expect(new TextDecoder("utf-8", { fatal: true }).decode(bytes)).toBe(line);
    }
  });

  it("unfold back to the original line", () => {
    const line = `DESCRIPTION:${"ü😀a".repeat(60)}`;
    const folded = foldLine(line);
    expect(folded.replace(/\r\n /g, "")).toBe(line);
    expect(foldLine("SUMMARY:short")).toBe("SUMMARY:short");
  });
});

describe("input checks and defaults", () => {
  it("rejects an invalid start and a non-positive duration", () => {
    expect(() => buildIcs({ ...input, start: new Date("nonsense") })).toThrow(RangeError);
    expect(() => buildIcs({ ...input, durationMinutes: 0 })).toThrow(RangeError);
    expect(() => buildIcs({ ...input, durationMinutes: Number.NaN })).toThrow(RangeError);
  });

  it("uses the title as reminder text and a fresh UID when none is given", () => {
    const { alarmText: _a, uid: _u, ...rest } = input;
    const a = parse(buildIcs(rest));
    const b = parse(buildIcs(rest));
    expect(a.vevent.getFirstSubcomponent("valarm")?.getFirstPropertyValue("description")).toBe(
      input.title,
    );
    expect(a.event.uid).toMatch(/^[0-9a-f-]{36}$/);
    expect(a.event.uid).not.toBe(b.event.uid);
    expect(createEventUid(() => "fixed")).toBe("fixed");
  });
});

describe("icsFileName", () => {
  it.each([
    ["Videogespräch mit Oma Erna", "Videogespraech-mit-Oma-Erna.ics"],
    ["Größe & Übung: café/ñ", "Groesse-Uebung-cafe-n.ics"],
    ["Ju\u0308rgen", "Juergen.ics"],
    ["../../etc/passwd", "etc-passwd.ics"],
    ["🎉🎉", "event.ics"],
    ["", "event.ics"],
  ])("%j -> %s", (title, expected) => {
    expect(icsFileName(title)).toBe(expected);
  });

  it("keeps names short", () => {
    expect(icsFileName("a".repeat(300))).toBe(`${"a".repeat(60)}.ics`);
  });
});
