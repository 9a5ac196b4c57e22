import { describe, expect, it } from "vitest";
import { parseJitsiDomain, productionDomainProblem, resolveJitsiDomain } from "./jitsiDomain";

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

describe("resolveJitsiDomain", () => {
  const tenant = { id: "bretten", jitsi: { domain: "meet.jit.si" } };

  it("takes VITE_JITSI_DOMAIN when set, else the tenant's server", () => {
    expect(resolveJitsiDomain(tenant, "https://Meet.Bretten.de/")).toEqual({
      ok: true,
      domain: "meet.bretten.de",
    });
    expect(resolveJitsiDomain(tenant, undefined)).toEqual({ ok: true, domain: "meet.jit.si" });
    expect(resolveJitsiDomain(tenant, "")).toEqual({ ok: true, domain: "meet.jit.si" });
  });

  it("names where a bad value came from", () => {
    const fromEnv = resolveJitsiDomain(tenant, "http://meet.bretten.de");
    expect(fromEnv.ok || fromEnv.message).toContain("VITE_JITSI_DOMAIN");
    const fromTenant = resolveJitsiDomain({ ...tenant, jitsi: { domain: "a..b" } }, undefined);
    expect(fromTenant.ok || fromTenant.message).toContain("tenant bretten: jitsi.domain");
  });
});

describe("productionDomainProblem", () => {
  it.each(["meet.bretten.de", "video.meet.bretten.de", "bretten.de", "meet.bretten.de:8443"])(
    "lets the town's own server %s through",
    (domain) => {
      expect(productionDomainProblem(domain, ["bretten.de"], false)).toBeNull();
    },
  );

  it.each(["meet.jit.si", "8x8.vc", "bretten.de.evil.example", "notbretten.de"])(
    "refuses %s with a message that says what to do",
    (domain) => {
      const problem = productionDomainProblem(domain, ["bretten.de"], false);
      expect(problem).toContain(domain);
      expect(problem).toContain("VITE_JITSI_DOMAIN");
      expect(problem).toContain("ALLOW_EXTERNAL_JITSI=true");
    },
  );

  it("accepts any server when the operator explicitly allows it", () => {
    expect(productionDomainProblem("meet.jit.si", ["bretten.de"], true)).toBeNull();
  });
});
