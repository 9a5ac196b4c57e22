// @vitest-environment node
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { contrastRatio } from "./contrast";
import { TENANTS } from "./tenants";
import { bretten } from "./tenants/bretten";
import { validateTenant } from "./validateTenant";

describe.each(Object.values(TENANTS))("tenant $id", (tenant) => {
  it("is complete and well-formed", () => {
    expect(validateTenant(tenant, bretten)).toEqual([]);
  });

  it.each(["logo.svg", "favicon.svg"])("ships its own %s, safe under a strict policy", (file) => {
    const svg = readFileSync(
      new URL(`../../tenants/${tenant.id}/${file}`, import.meta.url),
      "utf8",
    );
    expect(svg).toMatch(/^<svg[^>]+xmlns="http:\/\/www\.w3\.org\/2000\/svg"/);
    expect(svg).toMatch(/<title>[^<]+<\/title>/);
    // No inline styles, scripts or anything loaded from elsewhere.
    expect(svg).not.toMatch(/style=|<style|<script|href="http|xlink:href="http|<image/i);
  });
});

describe("validateTenant", () => {
  const broken = (change: (copy: Record<string, unknown>) => void) => {
    const copy = structuredClone(bretten) as unknown as Record<string, unknown>;
    change(copy);
    return validateTenant(copy, bretten);
  };

  it("names a missing field", () => {
    expect(broken((t) => delete t.appName)).toEqual(["appName is missing (expected a string)"]);
    expect(broken((t) => delete (t.legal as Record<string, unknown>).email)).toEqual([
      "legal.email is missing (expected a string)",
    ]);
  });

  it("names a malformed field", () => {
    expect(broken((t) => ((t.colors as Record<string, string>).primary = "red"))).toEqual([
      'colors.primary must be a #rrggbb colour (got "red")',
    ]);
    expect(broken((t) => (t.homepageUrl = "http://www.bretten.de"))).toEqual([
      'homepageUrl must be an https:// URL (got "http://www.bretten.de")',
    ]);
    expect(broken((t) => (t.town = " "))).toEqual(["town must not be empty"]);
    expect(broken((t) => (t.extra = 1))).toEqual(["extra is not a known tenant field"]);
  });

  it("takes phone dial-in's services, both https, or none", () => {
    const dialIn = (value: unknown) =>
      broken((t) => ((t.jitsi as Record<string, unknown>).dialIn = value));
    expect(
      dialIn({
        numbersUrl: "https://meet.bretten.de/static/dialin.json",
        confCodeUrl: "https://meet.bretten.de/conferenceMapper",
        mucDomain: "muc.meet.jitsi",
      }),
    ).toEqual([]);
    expect(dialIn({ numbersUrl: "https://meet.bretten.de/static/dialin.json" })).toEqual([
      "Phone dial-in needs both tenant bretten: jitsi.dialIn.numbersUrl and tenant bretten: jitsi.dialIn.confCodeUrl, or neither.",
    ]);
    expect(
      dialIn({
        numbersUrl: "http://meet.bretten.de/d.json",
        confCodeUrl: "https://meet.bretten.de/m",
      }).join(""),
    ).toMatch(/jitsi\.dialIn\.numbersUrl must be an https:\/\/ URL/);
    expect(broken((t) => delete (t.jitsi as Record<string, unknown>).dialIn)).toEqual([
      "jitsi.dialIn is missing (expected a object)",
    ]);
  });

  it("refuses colours below WCAG AA contrast", () => {
    const problems = broken((t) => ((t.colors as Record<string, string>).primary = "#ff8080"));
    expect(problems.join("\n")).toMatch(
      /colors\.primary on colors\.background has contrast \d\.\d\d:1, needs 4\.5:1/,
    );
  });
});

describe("contrastRatio", () => {
  it("matches the WCAG reference values", () => {
    expect(contrastRatio("#000000", "#ffffff")).toBeCloseTo(21, 5);
    expect(contrastRatio("#777777", "#ffffff")).toBeCloseTo(4.48, 2);
    expect(contrastRatio(bretten.colors.onPrimary, bretten.colors.primary)).toBeGreaterThan(4.5);
  });
});
