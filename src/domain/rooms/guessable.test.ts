import { describe, expect, it } from "vitest";
import { isGuessableRoomName } from "./parseRoomInput";

describe("isGuessableRoomName", () => {
  it.each([
    "Oma",
    "Test",
    "Familie2024",
    "ApfelWolke",
    "123456789012345",
    "FamilieTreffen2024",
    "BrettenMeeting",
    "OmaOpaMamaPapa",
    "KonferenzRaum",
    "TestTestTestTest",
  ])("%j is guessable", (room) => {
    expect(isGuessableRoomName(room)).toBe(true);
  });

  it.each(["ApfelWolkeGeige", "FamilieMueller2024", "OmaErnaGeburtstag", "KatzeBrotTurm"])(
    "%j is not guessable",
    (room) => {
      expect(isGuessableRoomName(room)).toBe(false);
    },
  );
});
