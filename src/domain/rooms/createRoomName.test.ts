import { describe, expect, it, vi } from "vitest";
import { containsBlockedSubstring } from "./blocklist";
import {
  createRoomName,
  type RandomSource,
  ROOM_NAME_WORD_COUNT,
  randomIndex,
  roomNameEntropyBits,
} from "./createRoomName";
import { isGuessableRoomName, ROOM_NAME_MAX_LENGTH, ROOM_NAME_PATTERN } from "./parseRoomInput";
import { ROOM_WORDS } from "./words";

/** A fake random source that hands out the given values in order, then fails. */
function sequence(values: number[]): RandomSource & { calls: number } {
  const source = Object.assign(
    (array: Uint32Array<ArrayBuffer>) => {
      const value = values[source.calls++];
      if (value === undefined) throw new Error("fake random source exhausted");
      array[0] = value;
      return array;
    },
    { calls: 0 },
  );
  return source;
}

const indexOf = (word: string) => ROOM_WORDS.indexOf(word);

describe("roomNameEntropyBits", () => {
  it("is word count times log2 of the list size, and at least 64 bits", () => {
    expect(roomNameEntropyBits()).toBe(ROOM_NAME_WORD_COUNT * Math.log2(ROOM_WORDS.length));
    expect(roomNameEntropyBits()).toBe(66);
    expect(roomNameEntropyBits()).toBeGreaterThanOrEqual(64);
  });
});

describe("createRoomName", () => {
  const names = Array.from({ length: 10_000 }, () => createRoomName());

  it("gives six CamelCase list words, only [A-Za-z], at most 48 characters", () => {
    for (const name of names) {
      expect(name).toMatch(/^(?:[A-Z][a-z]{2,7}){6}$/);
      expect(name).toMatch(ROOM_NAME_PATTERN);
      expect(name.length).toBeLessThanOrEqual(ROOM_NAME_MAX_LENGTH);
      const words = name.match(/[A-Z][a-z]+/g) ?? [];
      expect(words.every((w) => ROOM_WORDS.includes(w))).toBe(true);
    }
  });

  it("does not repeat over 10,000 draws", () => {
    expect(new Set(names).size).toBe(names.length);
  });

  it("never contains a blocked substring and is never guessable", () => {
    expect(names.filter(containsBlockedSubstring)).toEqual([]);
    expect(names.filter(isGuessableRoomName)).toEqual([]);
  });

  it("uses the given random source, never Math.random", () => {
    const spy = vi.spyOn(Math, "random");
    const source = sequence([1, 2, 3, 4, 5, 6]);
    const expected = [1, 2, 3, 4, 5, 6].map((i) => ROOM_WORDS[i]).join("");
    expect(createRoomName(source)).toBe(expected);
    expect(source.calls).toBe(6);
    createRoomName();
    expect(spy).not.toHaveBeenCalled();
  });

  it("draws again when word boundaries form a blocked word", () => {
    const blocked = ["Arena", "Ziege", "Apfel", "Apfel", "Apfel", "Apfel"].map(indexOf);
    expect(blocked.every((i) => i >= 0)).toBe(true);
    const source = sequence([...blocked, 0, 0, 0, 0, 0, 0]);
    expect(createRoomName(source)).toBe(ROOM_WORDS[0]?.repeat(6));
    expect(source.calls).toBe(12);
  });
});

describe("randomIndex", () => {
  it("skips values in the biased tail of the 32-bit range", () => {
    // 2^32 mod 1000 = 296, so values >= 2^32 - 296 would favour 0..295.
    const source = sequence([2 ** 32 - 296, 2 ** 32 - 1, 1234]);
    expect(randomIndex(1000, source)).toBe(234);
    expect(source.calls).toBe(3);
    const three = sequence([2 ** 32 - 1, 7]);
    expect(randomIndex(3, three)).toBe(1);
    expect(three.calls).toBe(2);
  });

  it("accepts the whole range when n is a power of two", () => {
    const source = sequence([2 ** 32 - 1]);
    expect(randomIndex(2048, source)).toBe(2047);
    expect(source.calls).toBe(1);
  });

  it("rejects invalid n and fails on a broken source instead of looping", () => {
    for (const n of [0, -1, 1.5, Number.NaN, 2 ** 32 + 1]) {
      expect(() => randomIndex(n)).toThrow(RangeError);
    }
    const stuck: RandomSource = (array) => array.fill(2 ** 32 - 1);
    expect(() => randomIndex(3, stuck)).toThrow();
  });

  it("is roughly uniform with the real crypto source (loose chi-square)", () => {
    const n = 7;
    const draws = 70_000;
    const counts = new Array<number>(n).fill(0);
    for (let i = 0; i < draws; i++) {
      const index = randomIndex(n);
      counts[index] = (counts[index] ?? 0) + 1;
    }
    const expected = draws / n;
    const chiSquare = counts.reduce((sum, c) => sum + (c - expected) ** 2 / expected, 0);
    // 6 degrees of freedom: 22.46 is p = 0.001; 40 leaves room so the test never flakes.
    expect(chiSquare).toBeLessThan(40);
  });
});
