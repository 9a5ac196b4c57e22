import { describe, expect, it } from "vitest";
import {
  buildGuestLink,
  buildRoomLink,
  GUEST_NAME_MAX_LENGTH,
  parseGuestFragment,
  sanitiseGuestName,
} from "./guestLink";

const ORIGIN = "https://meet.bretten.de";
const ROOM = "ApfelWolkeGeigeTurmKatzeBrot";

/** What a browser puts into location.hash for a link. */
const hashOf = (link: string) => new URL(link).hash;

describe("buildRoomLink", () => {
  it("joins origin and room, with or without a trailing slash", () => {
    expect(buildRoomLink(ORIGIN, ROOM)).toBe(`${ORIGIN}/${ROOM}`);
    expect(buildRoomLink(`${ORIGIN}/`, ROOM)).toBe(`${ORIGIN}/${ROOM}`);
    expect(buildRoomLink(`${ORIGIN}//`, ROOM)).toBe(`${ORIGIN}/${ROOM}`);
  });

  it("refuses anything that is not a room name", () => {
    for (const bad of ["ab", "a/b/c", "Raum#1", "Straße1", "x".repeat(49), ""]) {
      expect(() => buildRoomLink(ORIGIN, bad)).toThrow(RangeError);
    }
  });
});

describe("buildGuestLink", () => {
  it("puts the name in the fragment, never in the query", () => {
    const link = buildGuestLink(ORIGIN, ROOM, "Oma Erna");
    expect(link).toBe(`${ORIGIN}/${ROOM}#gast=Oma%20Erna`);
    const url = new URL(link);
    expect(url.search).toBe("");
    expect(url.pathname).toBe(`/${ROOM}`);
  });

  it("gives the plain room link when the name is empty after cleaning", () => {
    expect(buildGuestLink(ORIGIN, ROOM, "  <>\u0000 ")).toBe(`${ORIGIN}/${ROOM}`);
  });
});

describe("guest name round trip through a real URL", () => {
  const names = [
    "Oma Erna",
    "Jürgen Größe-Übel",
    "Opa 👴🏼 Karl",
    "Familie 👩‍👩‍👧‍👦",
    "Tom & Jerry",
    "Raum #5",
    "a=b&gast=Mallory",
    "100% sicher?",
    "Anne+Bernd",
    'Ömer\'s "Tante"',
    "„Oma“ Müller",
    "“Mimi” ‘Mo’",
    "O'Brien & Söhne",
  ];
  for (const name of names) {
    it(`keeps ${JSON.stringify(name)}`, () => {
      const link = buildGuestLink(ORIGIN, ROOM, name);
      expect(parseGuestFragment(hashOf(link))).toEqual({ guestName: name });
    });
  }

  it("cuts a very long name to 40 characters, keeping emoji whole", () => {
    const long = `${"Erna ".repeat(7)}👩‍👩‍👧‍👦👴🏼${"x".repeat(200)}`;
    const parsed = parseGuestFragment(hashOf(buildGuestLink(ORIGIN, ROOM, long)));
    expect(parsed?.guestName).toBe(`${"Erna ".repeat(7)}👩‍👩‍👧‍👦👴🏼${"x".repeat(3)}`);
  });
});

describe("parseGuestFragment", () => {
  it("reads the name with or without '#' and among other keys", () => {
    expect(parseGuestFragment("gast=Erna")).toEqual({ guestName: "Erna" });
    expect(parseGuestFragment("#lang=de&gast=Erna&x=1")).toEqual({ guestName: "Erna" });
    expect(parseGuestFragment("#gast=Oma+Erna")).toEqual({ guestName: "Oma Erna" });
  });

  it("returns null, never throws, for fragments without a usable name", () => {
    const fragments = [
      "",
      "#",
      "#gast",
      "#gast=",
      "#gast=%20%20",
      "#gast=%E0%A4%A",
      "#gast=%",
      "#gast=%3C%3E",
      "#name=Erna",
      "#gastname=Erna",
      "#Gast=Erna",
      "#%%%&&&===",
    ];
    for (const hash of fragments) {
      expect(parseGuestFragment(hash), hash).toBeNull();
    }
  });

  it("cleans what a hand-made link carries", () => {
    expect(parseGuestFragment("#gast=%3Cscript%3EErna%3C%2Fscript%3E")).toEqual({
      guestName: "scriptErna/script",
    });
    expect(parseGuestFragment("#gast=Oma%0AErna%09%E2%80%AEevil")).toEqual({
      guestName: "Oma Erna evil",
    });
  });
});

describe("sanitiseGuestName", () => {
  it("trims and collapses white space", () => {
    expect(sanitiseGuestName("  Oma \t\n  Erna  ")).toBe("Oma Erna");
  });

  it("joins decomposed umlauts (NFC)", () => {
    expect(sanitiseGuestName("Ju\u0308rgen")).toBe("Jürgen");
  });

  it("drops lone surrogates, which would make encodeURIComponent throw", () => {
    expect(sanitiseGuestName("Erna\uD800")).toBe("Erna");
    expect(() => buildGuestLink(ORIGIN, ROOM, "Erna\uDC00")).not.toThrow();
  });

  it("drops zero-width and bidi control characters, which make look-alike names", () => {
    const invisible = [
      "\u200B", // zero-width space
      "\u200C", // zero-width non-joiner
      "\u200D", // zero-width joiner, outside an emoji sequence
      "\u2060", // word joiner
      "\uFEFF", // byte-order mark
      "\u00AD", // soft hyphen
      "\u200E", // left-to-right mark
      "\u200F", // right-to-left mark
      "\u061C", // Arabic letter mark
      "\u202A", // left-to-right embedding
      "\u202E", // right-to-left override
      "\u2066", // left-to-right isolate
      "\u2069", // pop directional isolate
      "\u3164", // Hangul filler (a blank letter)
    ];
    for (const char of invisible) {
      const name = sanitiseGuestName(`Oma${char}Erna${char}`);
      expect(name, JSON.stringify(char)).toMatch(/^Oma ?Erna$/);
    }
    // In the link we make, and in what we read from a hand-made one.
    expect(buildGuestLink(ORIGIN, ROOM, "Oma\u200BErna")).toBe(`${ORIGIN}/${ROOM}#gast=OmaErna`);
    expect(parseGuestFragment("#gast=%E2%80%8FOma%E2%80%8B%20Erna%E2%81%A9")).toEqual({
      guestName: "Oma Erna",
    });
  });

  it("keeps the joiner that makes an emoji family one picture, and Arabic letters", () => {
    expect(sanitiseGuestName("Familie 👩‍👩‍👧‍👦")).toBe("Familie 👩‍👩‍👧‍👦");
    expect(sanitiseGuestName("👍🏽\u200D")).toBe("👍🏽");
    expect(sanitiseGuestName("\u202Bليلى\u202C")).toBe("ليلى");
  });

  it("limits to 40 characters and trims the cut", () => {
    expect(sanitiseGuestName("ä".repeat(100))).toHaveLength(GUEST_NAME_MAX_LENGTH);
    expect(sanitiseGuestName(`${"a".repeat(39)} b`)).toBe("a".repeat(39));
  });
});
