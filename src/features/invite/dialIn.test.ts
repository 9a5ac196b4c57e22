import { describe, expect, it } from "vitest";
import { t } from "../../test/testTranslate";
import {
  buildDialInLine,
  conferenceName,
  formatPin,
  parseNumbers,
  parsePin,
  spokenPin,
  telUri,
  withConference,
} from "./dialIn";

describe("asking as jitsi-meet does", () => {
  it("names the conference <room>@<muc>, lower-cased as Jitsi joins it", () => {
    expect(conferenceName("ApfelWolkeGeige", "muc.meet.jitsi")).toBe(
      "apfelwolkegeige@muc.meet.jitsi",
    );
  });

  it("adds ?conference= or &conference= to the configured URL", () => {
    expect(
      withConference("https://meet.bretten.de/conferenceMapper", "Raum", "muc.meet.jitsi"),
    ).toBe("https://meet.bretten.de/conferenceMapper?conference=raum@muc.meet.jitsi");
    expect(
      withConference("https://meet.bretten.de/dialin.json?v=2", "Raum", "muc.meet.jitsi"),
    ).toBe("https://meet.bretten.de/dialin.json?v=2&conference=raum@muc.meet.jitsi");
  });
});

describe("parsePin", () => {
  it.each([
    [{ id: 12345678, conference: "raum@muc.meet.jitsi" }, "12345678"],
    [{ id: "1234567", conference: "raum@muc.meet.jitsi" }, "1234567"],
  ])("reads %j", (answer, pin) => {
    expect(parsePin(answer)).toBe(pin);
  });

  it.each([
    null,
    "12345678",
    [],
    { id: 12345678 },
    { id: 0, conference: "raum@muc" },
    { id: -1234, conference: "raum@muc" },
    { id: 12.5, conference: "raum@muc" },
    { id: "12 34", conference: "raum@muc" },
    { id: "<b>1234</b>", conference: "raum@muc" },
    { message: "no such conference" },
  ])("refuses %j", (answer) => {
    expect(parsePin(answer)).toBeNull();
  });
});

describe("parseNumbers", () => {
  it("takes the number marked default, else the first, from the list", () => {
    const list = [
      { countryCode: "de", tollFree: false, formattedNumber: "07252 9999-0" },
      { countryCode: "de", tollFree: true, formattedNumber: "0800 123 456", default: true },
    ];
    expect(parseNumbers(list)).toBe("0800 123 456");
    expect(parseNumbers(list.slice(0, 1))).toBe("07252 9999-0");
  });

  it("reads the deprecated object keyed by country", () => {
    expect(parseNumbers({ numbersEnabled: true, numbers: { DE: ["+49 7252 9999-0"] } })).toBe(
      "+49 7252 9999-0",
    );
    expect(
      parseNumbers({ numbersEnabled: false, numbers: { DE: ["+49 7252 9999-0"] } }),
    ).toBeNull();
  });

  it.each([
    null,
    [],
    [{ formattedNumber: "" }],
    [{ formattedNumber: "Rufen Sie https://evil.example an" }],
    [{ formattedNumber: 72529999 }],
    { numbersEnabled: true, numbers: {} },
  ])("finds no number in %j", (answer) => {
    expect(parseNumbers(answer)).toBeNull();
  });
});

describe("the PIN for reading aloud", () => {
  it.each([
    ["1234", "1234", "1 2 3 4"],
    ["1234567", "1234 567", "1 2 3 4, 5 6 7"],
    ["12345678", "1234 5678", "1 2 3 4, 5 6 7 8"],
    ["123456789", "123 456 789", "1 2 3, 4 5 6, 7 8 9"],
    ["1234567890", "1234 567 890", "1 2 3 4, 5 6 7, 8 9 0"],
  ])("%s is printed %j and spoken %j", (pin, printed, spoken) => {
    expect(formatPin(pin)).toBe(printed);
    expect(spokenPin(pin)).toBe(spoken);
  });

  it("makes the invitation's phone line", () => {
    expect(buildDialInLine(t, { number: "07252 9999-0", pin: "12345678" })).toBe(
      "Ohne Internet? Rufen Sie an: 07252 9999-0, dann die PIN 1234 5678 #",
    );
  });

  it("turns the number into a tel: link", () => {
    expect(telUri("+49 (7252) 9999-0")).toBe("tel:+49725299990");
  });
});
