/**
 * Paths the app itself uses. A room link is `<origin>/<RoomName>`, so these names can never be
 * rooms (RESERVED_PATHS).
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
  /**
   * Targets of the start page's two forms, so they work before its script has run (a slow line):
   * "Konferenz starten" submits to /neu, the join form to /beitreten?raum=<what was typed>.
   */
  newRoom: "/neu",
  join: "/beitreten",
} as const;

/**
 * "Konferenz starten" sent before the app is up waits for it (scripts/pageStarter.mjs, HOLD): the
 * form carries the attribute, and fires `readyEvent` once the app has brought it to life, or
 * `takenEvent` when the app does its job itself (src/app/boot.tsx).
 */
export const WAIT_FOR_APP = {
  attribute: "data-wait-for-app",
  readyEvent: "app-form-ready",
  takenEvent: "app-form-taken",
};

/**
 * The pages rendered to HTML at build time, each in every language, and their file names under
 * _pages/<language>/ (scripts/buildSite.mjs). deploy/nginx/app.conf names the same paths.
 */
export const PRERENDERED_PAGES: Readonly<Record<string, string>> = Object.fromEntries(
  [
    PATHS.home,
    PATHS.imprint,
    PATHS.privacy,
    PATHS.accessibility,
    PATHS.help,
    PATHS.easyLanguage,
  ].map((path) => [path, path === PATHS.home ? "index.html" : `${path.slice(1)}.html`]),
);

/** The query parameter of PATHS.join that carries what the person typed. */
export const JOIN_PARAM = "raum";

/**
 * Names at the site's root that are not pages of the app: files and folders of the build and the
 * server, and names kept free for the app. Never rooms either.
 */
const SERVED_NAMES = [
  "einladen",
  "assets",
  "static",
  "api",
  "index",
  "index.html",
  // The prerendered pages are files named after their paths (impressum.html …); the shell of
  // every other page is app.html (scripts/buildSite.mjs).
  "app",
  "app.html",
  "_pages",
  "favicon.svg",
  "logo.svg",
  "robots.txt",
  "manifest.webmanifest",
  "external_api.js",
  "config.js",
  "healthz",
];

/** What can never be a room: every path of the app (from PATHS) and the names the site serves. */
export const RESERVED_PATHS: readonly string[] = [
  ...Object.values(PATHS)
    .filter((path) => path !== PATHS.home)
    .map((path) => path.slice(1)),
  ...SERVED_NAMES,
];
