import { describe, expect, it } from "vitest";
import { dialInOrigins, productionDialInProblem, resolveDialIn } from "./dialIn";

const TENANT = {
  numbersUrl: "https://meet.bretten.de/dialin.json",
  confCodeUrl: "https://meet.bretten.de/conferenceMapper",
  mucDomain: "muc.meet.jitsi",
};

describe("resolveDialIn", () => {
  it("is off when neither the tenant nor the build names it", () => {
    expect(resolveDialIn({}, null, "bretten")).toEqual({ ok: true, dialIn: null });
  });

  it("takes the tenant's services, and the build's settings over them", () => {
    expect(resolveDialIn({}, TENANT, "bretten")).toEqual({ ok: true, dialIn: TENANT });
    const env = {
      numbersUrl: "https://telefon.bretten.de/nummern.json",
      confCodeUrl: "https://telefon.bretten.de/pin",
    };
    expect(resolveDialIn(env, TENANT, "bretten")).toEqual({
      ok: true,
      dialIn: { ...env, mucDomain: "muc.meet.jitsi" },
    });
  });

  it.each([
    [{ numbersUrl: "https://meet.bretten.de/dialin.json" }, /both VITE_JITSI_DIALIN_NUMBERS_URL/],
    [{ numbersUrl: "http://meet.bretten.de/d.json", confCodeUrl: TENANT.confCodeUrl }, /https/],
    [{ numbersUrl: "meet.bretten.de/d.json", confCodeUrl: TENANT.confCodeUrl }, /full https/],
    [{ numbersUrl: TENANT.numbersUrl, confCodeUrl: "https://u:p@meet.bretten.de/m" }, /password/],
    [{ ...TENANT, mucDomain: "muc meet" }, /VITE_JITSI_DIALIN_MUC_DOMAIN must be a domain/],
  ])("stops the build for %j with a message naming the setting", (env, message) => {
    const result = resolveDialIn(env, null, "bretten");
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.message).toMatch(message);
  });

  it("names the tenant field when the tenant file is wrong", () => {
    const result = resolveDialIn({}, { ...TENANT, confCodeUrl: "" }, "bretten");
    expect(result).toEqual({
      ok: false,
      message:
        "Phone dial-in needs both tenant bretten: jitsi.dialIn.numbersUrl and tenant bretten: jitsi.dialIn.confCodeUrl, or neither.",
    });
  });
});

describe("dialInOrigins and productionDialInProblem", () => {
  it("lists each origin once", () => {
    expect(dialInOrigins(TENANT)).toEqual(["https://meet.bretten.de"]);
    expect(dialInOrigins(null)).toEqual([]);
  });

  it("accepts the town's own domains and refuses others unless allowed", () => {
    expect(productionDialInProblem(TENANT, ["bretten.de"], false)).toBeNull();
    const foreign = { ...TENANT, confCodeUrl: "https://api.jitsi.net/conferenceMapper" };
    expect(productionDialInProblem(foreign, ["bretten.de"], false)).toMatch(/api\.jitsi\.net/);
    expect(productionDialInProblem(foreign, ["bretten.de"], true)).toBeNull();
  });
});
