// Which texts a language shows in German. Only the lazily loaded pages need this, so it stays out
// of the start page's bundle.
import { EASY_GERMAN, languageOf } from "./languages";

/**
 * The one list of texts that are German by design, each with its reason. Every other namespace is
 * translated into every language of the site, and src/i18n/locales.test.ts holds each to every key.
 */
export const GERMAN_BY_DESIGN: readonly {
  namespace: string;
  /** The languages that show the namespace in German; "all" for every language. */
  languages: "all" | readonly string[];
  reason: string;
}[] = [
  {
    namespace: "easy",
    languages: "all",
    reason:
      "The page in Leichte Sprache is by definition German (as on every German public site, its footer link leads to German text).",
  },
  {
    namespace: "embed",
    languages: "all",
    reason: "The embed code page is for the editors of the town's German website.",
  },
  {
    namespace: "legal",
    languages: [EASY_GERMAN],
    reason:
      "Leichte Sprache is German: its legal pages show the binding German text (a copy would drift from it), the privacy statement after a summary in Leichte Sprache (easy.json, privacy).",
  },
];

/** True when the namespace's texts are German in this language by design (no file of its own). */
export function isGermanByDesign(code: string, namespace: string): boolean {
  if (code === "de") return false;
  return GERMAN_BY_DESIGN.some(
    (entry) =>
      entry.namespace === namespace &&
      (entry.languages === "all" || entry.languages.includes(code)),
  );
}

/**
 * True when a visitor who does not read German gets this namespace in German: the page says so in
 * the visitor's language and marks the German text as such. Never for German or Leichte Sprache.
 */
export function showsGerman(code: string, namespace: string): boolean {
  return isGermanByDesign(code, namespace) && !isGerman(code);
}

/** German or Leichte Sprache. */
export function isGerman(code: string): boolean {
  return languageOf(code).jitsi === "de";
}
