/** "DE" as the language names the country ("Deutschland", "Germany", "ألمانيا"); else the code. */
export function countryName(code: string, language: string): string {
  try {
    return new Intl.DisplayNames([language, "de"], { type: "region" }).of(code) ?? code;
  } catch {
    return code;
  }
}
