import { describe, expect, it } from "vitest";
import { isGermanByDesign, showsGerman } from "./germanTexts";
import { jitsiLanguage } from "./jitsiLanguage";
import { acceptLanguageTags, LANGUAGES, resolveLanguage } from "./languages";

describe("resolveLanguage", () => {
  it.each([
    // The address wins: it is what the person chose (or the link they got carries).
    ["tr", ["de-DE"], "tr"],
    ["de-x-ls", ["en-GB"], "de-x-ls"],
    ["AR", [], "ar"],
    // Without a choice, the first browser language we have, by its primary subtag.
    [null, ["uk-UA", "de"], "uk"],
    [null, ["fr-FR", "en-US", "de"], "en"],
    [null, ["de-AT"], "de"],
    // A language we do not have in the address is ignored, not an error.
    ["fr", ["tr-TR"], "tr"],
    [null, ["fr", "it"], "de"],
    [null, [], "de"],
  ])("?lang=%s with browser %j -> %s", (chosen, browser, expected) => {
    expect(resolveLanguage(chosen, browser)).toBe(expected);
  });

  it("never guesses Leichte Sprache from the browser", () => {
    expect(resolveLanguage(null, ["de-x-ls"])).toBe("de");
  });
});

describe("acceptLanguageTags", () => {
  it.each([
    ["de-DE,de;q=0.9,en;q=0.7", ["de-DE", "de", "en"]],
    ["x, de, en", ["x", "de", "en"]],
    [" fr-CH ; q=0.9 ,\ttr,, *;q=0.1", ["fr-CH", "tr", "*"]],
    // The order the header gives, whatever its q-values say.
    ["en;q=0.1, tr;q=0.9", ["en", "tr"]],
    ["", []],
  ])("%j -> %j", (header, tags) => {
    expect(acceptLanguageTags(header)).toEqual(tags);
  });

  it("picks with resolveLanguage what the app picks from the same list", () => {
    expect(resolveLanguage(null, acceptLanguageTags("fr, tr, en"))).toBe("tr");
    expect(resolveLanguage(null, acceptLanguageTags("x, de, en"))).toBe("de");
  });
});

describe("jitsiLanguage", () => {
  it("gives Jitsi a language it knows: plain German for Leichte Sprache", () => {
    expect(LANGUAGES.map((language) => jitsiLanguage(language.code))).toEqual([
      "de",
      "de",
      "en",
      "tr",
      "uk",
      "ar",
    ]);
    expect(jitsiLanguage("xx")).toBe("de");
  });
});

describe("showsGerman", () => {
  it("is false for the legal texts: every language has them, Leichte Sprache the German ones", () => {
    for (const code of ["tr", "uk", "ar", "en", "de-x-ls"])
      expect(showsGerman(code, "legal")).toBe(false);
    expect(showsGerman("de", "legal")).toBe(false);
    expect(showsGerman("ar", "help")).toBe(false);
  });

  it("is true for the Leichte Sprache page in every language but German and Leichte Sprache", () => {
    expect(showsGerman("en", "easy")).toBe(true);
    expect(showsGerman("de-x-ls", "easy")).toBe(false);
    expect(showsGerman("de", "easy")).toBe(false);
  });

  it("lists the legal texts as German by design for Leichte Sprache only", () => {
    expect(isGermanByDesign("de-x-ls", "legal")).toBe(true);
    expect(isGermanByDesign("de", "legal")).toBe(false);
    for (const code of ["en", "tr", "uk", "ar"])
      expect(isGermanByDesign(code, "legal")).toBe(false);
    expect(isGermanByDesign("ar", "embed")).toBe(true);
  });

  it("names Arabic right to left, every other language left to right", () => {
    expect(LANGUAGES.filter((language) => language.dir === "rtl").map((l) => l.code)).toEqual([
      "ar",
    ]);
  });
});
