/**
 * Accept-Language headers as browsers and other clients send them, and the language the site must
 * pick for each: nginx (deploy/nginx/app.conf) and the app (resolveLanguage) alike. The order
 * decides, q-values do not (browsers list best first; the app sees only navigator.languages).
 */
export const ACCEPT_LANGUAGE_HEADERS: readonly (readonly [header: string, language: string])[] = [
  // Chrome, Edge, Safari, Firefox as they send it.
  ["de-DE,de;q=0.9,en-US;q=0.8,en;q=0.7", "de"],
  ["en-US,en;q=0.5", "en"],
  ["tr-TR,tr;q=0.9", "tr"],
  ["fr-FR,fr;q=0.9,en-US;q=0.8,en;q=0.7", "en"],
  ["uk-UA,uk;q=0.9,ru-RU;q=0.8,ru;q=0.7,en-US;q=0.6,en;q=0.5", "uk"],
  ["ar-SA,ar;q=0.9,en-US;q=0.8,en;q=0.7", "ar"],
  ["ar", "ar"],
  ["pl-PL,pl;q=0.9,uk;q=0.8", "uk"],
  ["EN-gb", "en"],
  ["en_US", "en"],
  // With spaces (older browsers, apps, HTTP libraries) and tabs.
  ["x, de, en", "de"],
  ["fr, tr, en", "tr"],
  ["fr-CH, fr;q=0.9, en;q=0.8, de;q=0.7, *;q=0.5", "en"],
  ["es ;q=0.9 , uk-UA ; q=0.8", "uk"],
  ["de ;q=1, en", "de"],
  ["it,\ttr", "tr"],
  ["  ,, ar-EG", "ar"],
  // Not a language of the site: German. "*" is no language, "english" no tag, "de-x-ls" German.
  ["fr-FR,fr;q=0.9", "de"],
  ["*", "de"],
  ["*, en", "en"],
  ["english, tr-TR", "tr"],
  ["de-x-ls", "de"],
  ["trk, en", "en"],
  ["d e, en", "en"],
  ["de -CH, tr", "tr"],
  // The order decides, even against q-values (browsers never send them out of order).
  ["en;q=0.1, tr;q=0.9", "en"],
  // Built to make a backtracking regex blow up: many entries that are no language of the site.
  [`${"  x,".repeat(1500)}zz`, "de"],
  [`${"  x,".repeat(1500)}tr`, "tr"],
  [`${"de-".repeat(1500)}x, en`, "de"],
  [`${" ".repeat(3000)}x, ${"x ".repeat(1500)}, uk`, "uk"],
];
