/**
 * The names of the countries the towns' servers stand in, as each of the site's languages writes
 * them: asking the browser (Intl.DisplayNames) first loads its table of every region's name, a task
 * of 50 ms on a weak phone while the privacy statement comes to life. countryName.test.ts checks
 * this table against that same table, so it cannot drift; a town in another country makes the
 * test name what to add.
 */
const COUNTRY_NAMES: Readonly<Record<string, Readonly<Record<string, string>>>> = {
  DE: { de: "Deutschland", en: "Germany", tr: "Almanya", uk: "Німеччина", ar: "ألمانيا" },
};

/** "DE" as the language names the country ("Deutschland", "Germany", "ألمانيا"); else the code. */
export function countryName(code: string, language: string): string {
  const base = language.split("-")[0] ?? language;
  const known = COUNTRY_NAMES[code]?.[base];
  if (known) return known;
  try {
    return new Intl.DisplayNames([language, "de"], { type: "region" }).of(code) ?? code;
  } catch {
    return code;
  }
}

export const KNOWN_COUNTRIES = Object.keys(COUNTRY_NAMES);
