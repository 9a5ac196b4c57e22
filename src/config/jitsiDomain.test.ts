import { describe, expect, it } from "vitest";
import { parseJitsiDomain } from "./jitsiDomain";

describe("parseJitsiDomain", () => {
  it.each([
    ["meet.bretten.de", "meet.bretten.de"],
    ["  Meet.Bretten.DE ", "meet.bretten.de"],
    ["https://meet.bretten.de/", "meet.bretten.de"],
    ["localhost:8443", "localhost:8443"],
  ])("accepts %j", (raw, domain) => {
    expect(parseJitsiDomain(raw, "X")).toEqual({ ok: true, domain });
  });

  it.each([
    "",
    "http://meet.bretten.de",
    "meet.bretten.de/room",
    "meet bretten.de",
    "-bad.de",
    "a..b",
  ])("rejects %j with a message naming the setting", (raw) => {
    const result = parseJitsiDomain(raw, "VITE_JITSI_DOMAIN");
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.message).toContain("VITE_JITSI_DOMAIN");
  });
});
