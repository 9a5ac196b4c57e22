import fc from "fast-check";
import { afterAll, describe, expect, it } from "vitest";
import { anyRoomInput, craftedInput, longInput } from "../../test/hostileInputs";
import { createRoomName, type RandomSource } from "./createRoomName";
import {
  cleanRoomName,
  isGuessableRoomName,
  normaliseRoomName,
  parseRoomInput,
  ROOM_NAME_PATTERN,
  roomFromPath,
} from "./parseRoomInput";

// Property tests: every generated input must keep the promises of the room module. A failing run
// prints its seed and the shrunk input; rerun with fc.assert(..., { seed, path }) to reproduce.
// CI runs the fast count; `npm run test:fuzz` sets FUZZ_RUNS (at least 10,000) for a deeper search.
const RUNS = fuzzRuns(process.env.FUZZ_RUNS);
const reservedPaths = ["auf-wiedersehen", "impressum", "assets", "index.html", "api"];
const reserved = new Set(reservedPaths.map((p) => normaliseRoomName(p).toLowerCase()));
const parse = (input: string) => parseRoomInput(input, { reservedPaths });
const REASONS = ["empty", "tooShort", "reserved", "notARoomLink", "unsupportedLetters"];

/** How many inputs each property saw: printed at the end and checked, so it cannot shrink. */
const runs = new Map<string, number>();
function check<T>(name: string, arbitrary: fc.Arbitrary<T>, predicate: (value: T) => void) {
  runs.set(name, 0);
  fc.assert(
    fc.property(arbitrary, (value) => {
      runs.set(name, (runs.get(name) ?? 0) + 1);
      predicate(value);
    }),
    { numRuns: RUNS },
  );
}

/** The room a cleaned-up text stands for, or null: what every entry point must agree on. */
function expectedRoom(text: string): string | null {
  const { name, dropped } = cleanRoomName(text);
  if (dropped) return null;
  return ROOM_NAME_PATTERN.test(name) && !reserved.has(name.toLowerCase()) ? name : null;
}

const ORIGINS = [
  "https://konferenz.bretten.de",
  "http://localhost:5173",
  "https://a.b.example:8443",
];
const LINK_TAILS = ["", "/", "?lang=de", "#config.startWithAudioMuted=true", "?a=1#b", "/extra"];

// Time grows with the runs; on a busy machine 3,000 runs took longer than vitest's 5 s default.
// A timeout is no speed check here: it only keeps a hung property from blocking the suite.
const PROPERTY_TIMEOUT_MS = Math.max(30_000, RUNS * 10);

describe("room input, for any string (property-based)", { timeout: PROPERTY_TIMEOUT_MS }, () => {
  afterAll(() => {
    console.info(
      `fast-check inputs per property:\n${[...runs].map(([n, c]) => `  ${c}  ${n}`).join("\n")}`,
    );
    for (const count of runs.values()) expect(count).toBeGreaterThanOrEqual(RUNS);
  });

  it("normaliseRoomName never throws, gives [A-Za-z0-9]{0,48} and is idempotent", () => {
    check("normaliseRoomName: total, clean, idempotent", anyRoomInput, (input) => {
      const once = normaliseRoomName(input);
      expect(once).toMatch(/^[A-Za-z0-9]{0,48}$/);
      expect(normaliseRoomName(once)).toBe(once);
    });
  });

  it("parseRoomInput gives a valid, unreserved room or a known reason; parsing the room again keeps it", () => {
    check("parseRoomInput: room or reason, stable", anyRoomInput, (input) => {
      const result = parse(input);
      if (!result.ok) {
        expect(REASONS).toContain(result.reason);
        return;
      }
      expect(result.room).toMatch(ROOM_NAME_PATTERN);
      expect(reserved.has(result.room.toLowerCase())).toBe(false);
      expect(result.guessable).toBe(isGuessableRoomName(result.room));
      expect(parse(result.room)).toEqual(result);
    });
  });

  it("a link built from the room parses back to the same room", () => {
    const cases = fc.tuple(
      anyRoomInput,
      fc.constantFrom(...ORIGINS),
      fc.constantFrom(...LINK_TAILS),
    );
    check("link round trip", cases, ([input, origin, tail]) => {
      const result = parse(input);
      if (!result.ok) return;
      expect(parse(`${origin}/${result.room}${tail}`)).toEqual(result);
      expect(parse(`Hier ist der Link: ${origin}/${result.room}${tail} bis gleich`)).toEqual(
        result,
      );
      expect(roomFromPath(`/${result.room}`, reservedPaths)).toBe(result.room);
      expect(roomFromPath(`/${result.room}/`, reservedPaths)).toBe(result.room);
    });
  });

  it("roomFromPath never throws and gives null or a valid, unreserved room", () => {
    const paths = fc.oneof(
      anyRoomInput,
      anyRoomInput.map((s) => `/${s}`),
    );
    check("roomFromPath: null or valid", paths, (path) => {
      const room = roomFromPath(path, reservedPaths);
      if (room === null) return;
      expect(room).toMatch(ROOM_NAME_PATTERN);
      expect(reserved.has(room.toLowerCase())).toBe(false);
    });
  });

  it("a typed name sent as an encoded link lands in the room the join field would pick", () => {
    const typed = fc.oneof(craftedInput, fc.string({ unit: "grapheme", maxLength: 60 }));
    check("encodeURIComponent(name) as path", typed, (text) => {
      const clean = text.replace(/[\uD800-\uDFFF]/g, ""); // encodeURIComponent rejects halves
      const path = `/${encodeURIComponent(clean)}`;
      expect(roomFromPath(path, reservedPaths)).toBe(expectedRoom(clean));
    });
  });

  it("what a browser makes of a typed address is the room of the same text", () => {
    // The URL parser drops tabs and newlines and treats % / \ ? # specially: leave those out.
    const typed = fc.oneof(craftedInput, fc.string({ unit: "binary", maxLength: 60 }));
    check("browser URL parser then roomFromPath", typed, (text) => {
      const plain = text.replace(/[%/\\?#\t\n\r]/g, " ");
      const { pathname } = new URL(`/${plain}`, "https://konferenz.bretten.de");
      expect(roomFromPath(pathname, reservedPaths)).toBe(expectedRoom(plain));
    });
  });

  it("a malformed escape spoils nothing around it", () => {
    const bad = fc.constantFrom(
      "%E4",
      "%C3",
      "%E0%A4",
      "%F0%9F%8E",
      "%FF",
      "%80",
      "%C0%AF",
      "%ED%A0%80",
    );
    const text = fc.string({ unit: "grapheme", maxLength: 20 });
    check("valid escapes next to malformed ones", fc.tuple(text, bad, text), ([a, junk, b]) => {
      const path = `/${encodeURIComponent(a)}${junk}${encodeURIComponent(b)}`;
      expect(roomFromPath(path, reservedPaths)).toBe(expectedRoom(`${a}${junk}${b}`));
    });
  });

  it("generated names survive links, paths and Jitsi's lower-casing", () => {
    const seeds = fc.integer({ min: 1, max: 2 ** 31 - 1 });
    check("generated names round trip", seeds, (seed) => {
      const name = createRoomName(xorshift(seed));
      expect(parse(`https://konferenz.bretten.de/${name}`)).toEqual({
        ok: true,
        room: name,
        guessable: false,
      });
      expect(roomFromPath(`/${name}`, reservedPaths)).toBe(name);
      const lower = parse(`konferenz.bretten.de/${name.toLowerCase()}`);
      expect(lower.ok && lower.room.toLowerCase()).toBe(name.toLowerCase());
    });
  });

  it("a name with letters that cannot be written is refused, whatever else it holds", () => {
    // Arabic, Hebrew, Chinese, Devanagari letters: none has an ASCII form here.
    const foreign = fc.string({
      unit: fc.constantFrom(..."محمدأحشلוםעברי奶日本語नमसत"),
      minLength: 1,
      maxLength: 8,
    });
    const rest = fc.stringMatching(/^[A-Za-z0-9 äöüßОляПетроґєії]{0,30}$/);
    check("other scripts: refused, not merged", fc.tuple(rest, foreign, rest), ([a, b, c]) => {
      expect(parse(`${a}${b}${c}`)).toEqual({ ok: false, reason: "unsupportedLetters" });
    });
  });

  it("a Cyrillic name keeps every letter, transliterated", () => {
    // Each of these letters gives at least one Latin letter (the soft sign gives none).
    const letters = fc.constantFrom(..."абвгґдеєжзиіїйклмнопрстуфхцчшщюяёъыэОПЮЯЇЄЁ");
    const name = fc.string({ unit: letters, minLength: 2, maxLength: 8 });
    check("Cyrillic: transliterated, not dropped", fc.tuple(name, fc.nat(9999)), ([n, k]) => {
      const result = parse(`${n} ${k}`);
      expect(result.ok).toBe(true);
      if (result.ok) expect(result.room.length).toBeGreaterThanOrEqual(n.length + String(k).length);
    });
  });

  it("very long input is cut, not choked on", () => {
    check("long input: bounded result", longInput, (input) => {
      const result = parse(input);
      if (result.ok) expect(result.room.length).toBeLessThanOrEqual(48);
    });
  });
});

/** The runs per property: FUZZ_RUNS when it is a whole number of at least 1, else 3,000. */
function fuzzRuns(value: string | undefined): number {
  const runs = Number(value);
  return Number.isInteger(runs) && runs >= 1 ? runs : 3000;
}

/** A deterministic 32-bit random source, so each seed gives one reproducible name. */
function xorshift(seed: number): RandomSource {
  let state = seed >>> 0 || 1;
  return (array) => {
    for (let i = 0; i < array.length; i++) {
      state ^= state << 13;
      state ^= state >>> 17;
      state ^= state << 5;
      array[i] = state >>> 0;
    }
    return array;
  };
}

describe("hostile input does not stall the page", () => {
  // A 100,000-character paste once took 8 s: a scheme-matching regex backtracked quadratically.
  // No wall-clock assertion (flaky on a shared machine): a quadratic parse runs into the test's
  // timeout, a linear one takes milliseconds.
  it.each([
    ["letters, then a bad scheme", `${"a".repeat(100_000)}_://host/Room`],
    ["dotted letters", `${"a.".repeat(50_000)}_/Room`],
    ["percent signs", "%".repeat(100_000)],
    ["broken escapes", "%E4".repeat(33_000)],
    ["accents", "é".repeat(100_000)],
  ])("%s (100,000 characters) finishes", (_label, input) => {
    expect(() => parse(input)).not.toThrow();
    expect(() => roomFromPath(`/${input}`, reservedPaths)).not.toThrow();
  });
});
