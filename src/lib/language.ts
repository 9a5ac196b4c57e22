/** Browser facts about language, behind one adapter that never throws. */

/** The languages the browser asks for, most wanted first (navigator.languages). */
export function browserLanguages(): readonly string[] {
  if (typeof navigator === "undefined") return [];
  if (Array.isArray(navigator.languages) && navigator.languages.length > 0)
    return navigator.languages;
  return navigator.language ? [navigator.language] : [];
}

/** Tells browsers, screen readers and translation tools which language and direction the page has. */
export function setDocumentLanguage(lang: string, dir: "ltr" | "rtl") {
  if (typeof document === "undefined") return;
  document.documentElement.lang = lang;
  document.documentElement.dir = dir;
}
