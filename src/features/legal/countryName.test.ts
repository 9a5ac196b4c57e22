import { describe, expect, it } from "vitest";
import { TENANTS } from "../../config/tenants";
import { LANGUAGES } from "../../i18n/languages";
import { countryName, KNOWN_COUNTRIES } from "./countryName";

describe("countryName", () => {
  it("names the country in the page's language", () => {
    expect(countryName("DE", "de")).toBe("Deutschland");
    expect(countryName("DE", "de-x-ls")).toBe("Deutschland");
    expect(countryName("DE", "en")).toBe("Germany");
    expect(countryName("DE", "tr")).toBe("Almanya");
    expect(countryName("DE", "uk")).toBe("Німеччина");
    expect(countryName("DE", "ar")).toBe("ألمانيا");
  });

  it("knows, without asking the browser, every country a town's server stands in", () => {
    const countries = Object.values(TENANTS).map((tenant) => tenant.legal.hosting.country);
    expect(KNOWN_COUNTRIES).toEqual(expect.arrayContaining([...new Set(countries)]));
  });

  it("writes each name as the browser's own table does, in every language of the site", () => {
    for (const code of KNOWN_COUNTRIES) {
      for (const { code: language } of LANGUAGES) {
        const icu = new Intl.DisplayNames([language, "de"], { type: "region" }).of(code);
        expect(countryName(code, language), `${code} in ${language}`).toBe(icu);
      }
    }
  });

  it("asks the browser for any other country, and shows the code itself when it is none", () => {
    expect(countryName("AT", "en")).toBe("Austria");
    expect(countryName("Deutschland", "en")).toBe("Deutschland");
  });
});
