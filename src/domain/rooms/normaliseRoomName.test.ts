import { describe, expect, it } from "vitest";
import { junk } from "../../test/fuzzInputs";
import { normaliseRoomName } from "./parseRoomInput";

const long = "a".repeat(5000);

const normaliseCases: [string, string][] = [
  ["Oma Erna", "OmaErna"],
  ["team-blau", "TeamBlau"],
  ["OMA_ERNA", "OMAERNA"],
  ["omaerna", "Omaerna"],
  ["Oma.Erna", "OmaErna"],
  ["  oma \n\t erna  ", "OmaErna"],
  ["familie 2024", "Familie2024"],
  ["Bär", "Baer"],
  ["Straße", "Strasse"],
  ["GROẞE Ärger über Öl", "GROSSEAergerUeberOel"],
  ["Ba\u0308r", "Baer"], // NFD umlaut: same as NFC "Bär"
  ["Café", "Cafe"],
  ["Cafe\u0301", "Cafe"], // NFD accent
  ["Søren Łódź", "SorenLodz"],
  ["ｆｕｌｌ ﬁsh", "FullFish"], // full-width and ligature
  ["Team 🎉 Blau", "TeamBlau"],
  ["Oma\u200BErna", "OmaErna"], // zero-width space joins, it does not split
  ["oma\u200Berna", "Omaerna"],
  ["\u202EOma\u202C Erna\u200F", "OmaErna"], // bidi overrides and RTL mark
  ["Oma\u0000\u0007Erna", "OmaErna"],
  ["<script>alert(1)</script>", "ScriptAlert1Script"],
  ["../..", ""],
  ["?&:'\"%#/.", ""],
  ["Привет мир", "PryvetMyr"], // no Russian-only letter: the Ukrainian table
  ["Пётр и Оля", "PetrIOlia"], // ё: the Russian table
  ["Kadın", "Kadin"],
  ["مرحبا", ""], // Arabic letters cannot be written: parseRoomInput refuses them
  ["Familie ٢٠٢٤", "Familie2024"],
  ["", ""],
  ["   ", ""],
  [long, `A${"a".repeat(47)}`],
];

describe("normaliseRoomName", () => {
  it.each(normaliseCases)("normalises %j to %j", (raw, expected) => {
    const result = normaliseRoomName(raw);
    expect(result).toBe(expected);
    expect(result).toMatch(/^[A-Za-z0-9]{0,48}$/);
  });

  it("maps spellings of the same name to the same (lower-cased) Jitsi room", () => {
    const rooms = ["Oma Erna", "oma-erna", "OMA_ERNA", "omaerna", "Oma.Erna", " oma  erna "].map(
      (s) => normaliseRoomName(s).toLowerCase(),
    );
    expect(new Set(rooms)).toEqual(new Set(["omaerna"]));
  });

  it("is idempotent and never throws, also for junk", () => {
    for (const raw of [...normaliseCases.map(([r]) => r), ...junk(42, 2000)]) {
      const once = normaliseRoomName(raw);
      expect(normaliseRoomName(once)).toBe(once);
      expect(once).toMatch(/^[A-Za-z0-9]{0,48}$/);
    }
  });
});
