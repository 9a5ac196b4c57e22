import { describe, expect, it } from "vitest";
import { countryName } from "./countryName";

describe("countryName", () => {
  it("names the country in the page's language", () => {
    expect(countryName("DE", "de")).toBe("Deutschland");
    expect(countryName("DE", "de-x-ls")).toBe("Deutschland");
    expect(countryName("DE", "en")).toBe("Germany");
    expect(countryName("DE", "tr")).toBe("Almanya");
    expect(countryName("DE", "uk")).toBe("Німеччина");
    expect(countryName("DE", "ar")).toBe("ألمانيا");
  });

  it("shows the code itself when it is no country code", () => {
    expect(countryName("Deutschland", "en")).toBe("Deutschland");
  });
});
