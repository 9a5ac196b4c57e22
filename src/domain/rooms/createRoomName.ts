import { containsBlockedSubstring } from "./blocklist";
import { ROOM_WORDS } from "./words";

/** Fills the array with random 32-bit values, like `crypto.getRandomValues`. */
export type RandomSource = (array: Uint32Array<ArrayBuffer>) => Uint32Array<ArrayBuffer>;

export const ROOM_NAME_WORD_COUNT = 6;

const UINT32_RANGE = 2 ** 32;
// A working CSPRNG is rejected with probability < 1/2 per draw, so hitting this means the
// source is broken (e.g. a stub returning a constant); failing loudly beats looping forever.
const MAX_ATTEMPTS = 1000;

const defaultRandom: RandomSource = (array) => crypto.getRandomValues(array);

/**
 * Uniform integer in [0, n) from 32-bit random values, without modulo bias: values in the
 * incomplete last block [limit, 2^32) would favour small results, so they are drawn again.
 * Works for any n up to 2^32, not only powers of two.
 */
export function randomIndex(n: number, getRandomValues: RandomSource = defaultRandom): number {
  if (!Number.isInteger(n) || n < 1 || n > UINT32_RANGE) {
    throw new RangeError(`randomIndex: n must be an integer in [1, 2^32], got ${n}`);
  }
  const limit = UINT32_RANGE - (UINT32_RANGE % n);
  const buffer = new Uint32Array(1);
  for (let attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
    const value = getRandomValues(buffer)[0] ?? 0;
    if (value < limit) return value % n;
  }
  throw new Error("randomIndex: random source keeps returning values in the rejected range");
}

/** Bits of entropy of a generated name (the blocklist removes a negligible share). */
export function roomNameEntropyBits(): number {
  return ROOM_NAME_WORD_COUNT * Math.log2(ROOM_WORDS.length);
}

/**
 * A hard-to-guess room name of six CamelCase words, e.g. "ApfelWolkeGeigeTurmKatzeBrot".
 * Only [A-Za-z], at most 48 characters, so it survives Jitsi's lower-casing and URLs as is.
 * Names containing a blocked substring (also across word boundaries) are drawn again.
 */
export function createRoomName(getRandomValues: RandomSource = defaultRandom): string {
  for (let attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
    let name = "";
    for (let i = 0; i < ROOM_NAME_WORD_COUNT; i++) {
      name += ROOM_WORDS[randomIndex(ROOM_WORDS.length, getRandomValues)];
    }
    if (!containsBlockedSubstring(name)) return name;
  }
  throw new Error("createRoomName: random source keeps producing blocked names");
}
