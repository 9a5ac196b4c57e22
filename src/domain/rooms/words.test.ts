import { describe, expect, it } from "vitest";
import { BLOCKED_SUBSTRINGS, containsBlockedSubstring } from "./blocklist";
import { COMMON_ROOM_WORDS } from "./guessable";
import { ROOM_WORDS } from "./words";

describe("ROOM_WORDS", () => {
  it("has exactly 2048 entries (11 bits per word)", () => {
    expect(ROOM_WORDS).toHaveLength(2048);
  });

  it("has no duplicates, ignoring case", () => {
    expect(new Set(ROOM_WORDS.map((w) => w.toLowerCase())).size).toBe(ROOM_WORDS.length);
  });

  it("has only CamelCase-ready ASCII words of 3 to 8 letters", () => {
    expect(ROOM_WORDS.filter((w) => !/^[A-Z][a-z]{2,7}$/.test(w))).toEqual([]);
  });

  it("contains no blocked substring", () => {
    expect(ROOM_WORDS.filter(containsBlockedSubstring)).toEqual([]);
  });

  it("shares no word with the common (guessable) meeting words", () => {
    const lower = new Set(ROOM_WORDS.map((w) => w.toLowerCase()));
    expect(COMMON_ROOM_WORDS.filter((w) => lower.has(w))).toEqual([]);
  });

  it("cannot be changed at run time", () => {
    expect(Object.isFrozen(ROOM_WORDS)).toBe(true);
  });
});

describe("containsBlockedSubstring", () => {
  it("finds blocked words in any case and across word boundaries", () => {
    expect(BLOCKED_SUBSTRINGS.every((b) => b === b.toLowerCase())).toBe(true);
    expect(containsBlockedSubstring("ArenaZiegeTurm")).toBe(true);
    expect(containsBlockedSubstring("XXFUCKXX")).toBe(true);
    expect(containsBlockedSubstring("ApfelWolkeGeige")).toBe(false);
  });
});
