/**
 * The languages of the site. Pure data and functions: no i18next, no browser, easy to test.
 *
 * Leichte Sprache (German easy language) has no registered language tag, so it gets the private-use
 * tag "de-x-ls": valid BCP 47, so <html lang> stays valid, and every tool that does not know it
 * falls back to plain German ("de"), which is right.
 */
export const DEFAULT_LANGUAGE = "de";
export const EASY_GERMAN = "de-x-ls";

export interface Language {
  /** BCP 47 tag: the folder under locales/, the `?lang=` value and <html lang>. */
  code: string;
  /** The language's name in itself, as the language switch shows it. */
  endonym: string;
  dir: "ltr" | "rtl";
  /** The language Jitsi Meet's own interface gets (one of the codes in jitsi-meet lang/languages.json). */
  jitsi: string;
}

export const LANGUAGES: readonly Language[] = [
  { code: "de", endonym: "Deutsch", dir: "ltr", jitsi: "de" },
  { code: EASY_GERMAN, endonym: "Leichte Sprache", dir: "ltr", jitsi: "de" },
  { code: "en", endonym: "English", dir: "ltr", jitsi: "en" },
  { code: "tr", endonym: "Türkçe", dir: "ltr", jitsi: "tr" },
  { code: "uk", endonym: "Українська", dir: "ltr", jitsi: "uk" },
  { code: "ar", endonym: "العربية", dir: "rtl", jitsi: "ar" },
];

export function findLanguage(code: string | null | undefined): Language | undefined {
  if (!code) return undefined;
  const wanted = code.toLowerCase();
  return LANGUAGES.find((language) => language.code.toLowerCase() === wanted);
}

export function languageOf(code: string): Language {
  return findLanguage(code) ?? (findLanguage(DEFAULT_LANGUAGE) as Language);
}

/**
 * The language to show: the one chosen in the address (`?lang=tr`) if we have it, else the first
 * browser language we have (by its primary subtag: "tr-TR" is Turkish), else German. Leichte
 * Sprache is only ever chosen, never guessed: no browser asks for it.
 */
export function resolveLanguage(chosen: string | null, browser: readonly string[]): string {
  const fromAddress = findLanguage(chosen);
  if (fromAddress) return fromAddress.code;
  for (const tag of browser) {
    const primary = tag.split(/[-_]/)[0]?.toLowerCase();
    const match = LANGUAGES.find((language) => language.code === primary);
    if (match) return match.code;
  }
  return DEFAULT_LANGUAGE;
}

/**
 * The language tags of an HTTP Accept-Language header, in the order sent: what navigator.languages
 * gives the app, so the server picks as resolveLanguage does. The order decides, q-values do not:
 * browsers list their languages best first (and the app, reading navigator.languages, never sees
 * q-values). "*" stays, a tag no language matches; empty entries go. Only spaces and tabs are
 * white space here, as in HTTP (and in the regexes nginx matches, scripts/nginxLanguages.ts).
 */
export function acceptLanguageTags(header: string): string[] {
  return header
    .split(",")
    .map((entry) => (entry.split(";")[0] ?? "").replace(/^[ \t]+|[ \t]+$/g, ""))
    .filter((tag) => tag !== "");
}
