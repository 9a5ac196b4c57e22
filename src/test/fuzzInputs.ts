// Test helper (not shipped): reproducible junk strings for the "never throws" tests.

/** Deterministic junk generator, so a failing fuzz case can be reproduced. */
export function junk(seed: number, count: number): string[] {
  const pieces = ["%", "%E4", "%C3%A4", "/", "://", "?", "#", ".", " ", "\u0308", "\uD800", "ß"];
  let state = seed >>> 0;
  const next = () => {
    state = (Math.imul(state, 1103515245) + 12345) >>> 0;
    return state;
  };
  return Array.from({ length: count }, () => {
    let s = "";
    for (let i = next() % 40; i > 0; i--) {
      s +=
        next() % 3 === 0 ? pieces[next() % pieces.length] : String.fromCharCode(next() % 0x10000);
    }
    return s;
  });
}
