/** "2026-11-28" as the language writes dates ("28. November 2026"); the raw value if unreadable. */
export function formatDate(isoDate: string, language: string): string {
  const date = new Date(`${isoDate}T12:00:00Z`);
  if (Number.isNaN(date.getTime())) return isoDate;
  try {
    return new Intl.DateTimeFormat(language, { dateStyle: "long", timeZone: "UTC" }).format(date);
  } catch {
    return isoDate;
  }
}
