import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { compareTexts } from "../test/localeCheck";
import { isGermanByDesign } from "./germanTexts";
import { LANGUAGES } from "./languages";

const LOCALES = join(__dirname, "..", "..", "locales");
const read = (language: string, namespace: string): unknown =>
  JSON.parse(readFileSync(join(LOCALES, language, `${namespace}.json`), "utf8"));
const namespacesOf = (language: string) =>
  readdirSync(join(LOCALES, language))
    .filter((file) => file.endsWith(".json"))
    .map((file) => file.replace(/\.json$/, ""))
    .sort();

const germanNamespaces = namespacesOf("de");
const others = LANGUAGES.filter((language) => language.code !== "de");

describe("locale files", () => {
  it("has one folder per language of the site, and no other", () => {
    const folders = readdirSync(LOCALES, { withFileTypes: true })
      .filter((entry) => entry.isDirectory())
      .map((entry) => entry.name)
      .sort();
    expect(folders).toEqual(LANGUAGES.map((language) => language.code).sort());
    expect(germanNamespaces).toContain("app");
  });

  describe.each(others)("$code ($endonym)", (language) => {
    // Every namespace, but those German by design (germanTexts.ts lists them with the reason).
    const expected = germanNamespaces.filter(
      (namespace) => !isGermanByDesign(language.code, namespace),
    );

    it("has a file for every German namespace it translates, and no other", () => {
      expect(namespacesOf(language.code)).toEqual(expected);
    });

    it.each(expected)("%s: every key, no extra key, the same {{placeholders}}", (namespace) => {
      const file = join(LOCALES, language.code, `${namespace}.json`);
      if (!existsSync(file)) return; // reported by the test above
      expect(
        compareTexts(read("de", namespace), read(language.code, namespace), language.code),
      ).toEqual([]);
    });
  });
});

describe("compareTexts (so the check above can fail)", () => {
  const german = {
    title: "Hallo {{name}}",
    items: ["eins", "zwei"],
    logs_one: "nach {{count}} Tag",
    logs_other: "nach {{count}} Tagen",
  };

  it("accepts a complete translation", () => {
    const english = {
      title: "Hello {{name}}",
      items: ["one", "two"],
      logs_one: "after one day",
      logs_other: "after {{count}} days",
    };
    expect(compareTexts(german, english, "en")).toEqual([]);
  });

  it("reports a missing key, an extra key and a broken placeholder", () => {
    const broken = { title: "Hello {{nam}}", extra: "x", logs_one: "a", logs_other: "b" };
    expect(compareTexts(german, broken, "en")).toEqual([
      "placeholders of title: {nam} instead of {name}",
      "missing key items.0",
      "missing key items.1",
      "extra key extra",
    ]);
  });

  it("reports a list with an item too few, and an empty text", () => {
    const short = { title: "{{name}}", items: [""], logs_one: "a", logs_other: "b" };
    expect(compareTexts(german, short, "en")).toEqual([
      "empty text items.0",
      "missing key items.1",
    ]);
  });

  it("asks for every plural form the language has (Arabic has six)", () => {
    const arabic = { title: "{{name}}", items: ["١", "٢"], logs_one: "a", logs_other: "b" };
    expect(compareTexts(german, arabic, "ar").sort()).toEqual([
      "missing plural form logs_few",
      "missing plural form logs_many",
      "missing plural form logs_two",
      "missing plural form logs_zero",
    ]);
  });
});
