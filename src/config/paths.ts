/**
 * Paths the app itself uses. A room link is `<origin>/<RoomName>`, so these names can never be
 * rooms; the legal pages and the embed page of later issues are reserved already.
 */
export const PATHS = {
  home: "/",
  goodbye: "/auf-wiedersehen",
  imprint: "/impressum",
  privacy: "/datenschutz",
  accessibility: "/barrierefreiheit",
  /** Sections have stable ids for links from elsewhere, e.g. `${PATHS.help}#kamera`. */
  help: "/hilfe",
  easyLanguage: "/leichte-sprache",
  /** The ready-made button for the town's homepage, for its web editors. */
  embed: "/einbinden",
} as const;

export const RESERVED_PATHS: readonly string[] = [
  "auf-wiedersehen",
  "impressum",
  "datenschutz",
  "barrierefreiheit",
  "hilfe",
  "leichte-sprache",
  "einbinden",
  "einladen",
  "assets",
  "static",
  "api",
  "index.html",
  "favicon.svg",
  "logo.svg",
  "robots.txt",
  "manifest.webmanifest",
  "external_api.js",
  "config.js",
  "healthz",
];
