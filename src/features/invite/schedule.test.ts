import { describe, expect, it } from "vitest";
import { nextFullHour, startFromFields } from "./schedule";

describe("nextFullHour", () => {
  it("rounds up to the next full hour", () => {
    expect(nextFullHour(new Date(2026, 6, 15, 17, 20))).toEqual({
      date: "2026-07-15",
      time: "18:00",
    });
    expect(nextFullHour(new Date(2026, 6, 15, 17, 0))).toEqual({
      date: "2026-07-15",
      time: "18:00",
    });
  });

  it("crosses midnight and the end of the year", () => {
    expect(nextFullHour(new Date(2026, 11, 31, 23, 45))).toEqual({
      date: "2027-01-01",
      time: "00:00",
    });
  });
});

describe("startFromFields", () => {
  it("reads the fields as local time", () => {
    expect(startFromFields({ date: "2026-07-15", time: "18:30" })).toEqual(
      new Date(2026, 6, 15, 18, 30),
    );
  });

  it("refuses what is not a date or a time", () => {
    for (const fields of [
      { date: "", time: "18:00" },
      { date: "2026-07-15", time: "" },
      { date: "2026-02-31", time: "18:00" },
      { date: "15.07.2026", time: "18:00" },
      { date: "2026-07-15", time: "24:00" },
      { date: "2026-07-15", time: "18:60" },
    ]) {
      expect(startFromFields(fields), JSON.stringify(fields)).toBeNull();
    }
  });
});
