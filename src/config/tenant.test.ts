import { describe, expect, it } from "vitest";
import { contrastRatio } from "./contrast";
import { bretten } from "./tenants/bretten";

describe.each([bretten])("tenant $id", (tenant) => {
  const { colors } = tenant;

  // Every pair the stylesheet puts text on, at the AA level for normal text.
  it.each([
    ["text on background", colors.text, colors.background],
    ["text on surface", colors.text, colors.surface],
    ["links and errors on background", colors.primary, colors.background],
    ["links and secondary buttons on surface", colors.primary, colors.surface],
    ["button text on primary", colors.onPrimary, colors.primary],
    ["meeting text on the dark call background", colors.surface, colors.text],
  ])("%s passes WCAG AA (4.5:1)", (_pair, foreground, background) => {
    expect(contrastRatio(foreground, background)).toBeGreaterThanOrEqual(4.5);
  });

  it("gives the legal pages everything they need", () => {
    for (const value of Object.values(tenant.legal)) expect(value).toBeTruthy();
  });
});

describe("contrastRatio", () => {
  it("matches the WCAG reference values", () => {
    expect(contrastRatio("#000000", "#ffffff")).toBeCloseTo(21, 5);
    expect(contrastRatio("#777777", "#ffffff")).toBeCloseTo(4.48, 2);
  });
});
