// The production build: Vite's client build, then the start page and the pages about the service
// rendered to HTML in every language (src/entry-prerender.tsx, bundled for Node and run once),
// written as _pages/<language>/[chosen/]<file>.html around the same script and styles; index.html
// is the German start page. app.html is the empty shell every other path (a room) is served. nginx picks
// the file for a path and the visitor's language (deploy/nginx/app.conf).
import { createHash } from "node:crypto";
import { mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { build } from "vite";
import { escapeHtml } from "./escapeHtml.mjs";
import { HEADERS_SNIPPET } from "./nginxConfig.mjs";
import { pageStarterScript } from "./pageStarter.mjs";

const ROOT_ELEMENT = '<div id="root"></div>';
/** Where the prerendered pages live in the build; nginx serves them under their own paths only. */
export const PAGES_DIR = "_pages";
/**
 * Each page in each language comes twice: as the browser's language chose it (`_pages/tr/`), and
 * as chosen in the address (`/hilfe?lang=tr`, `_pages/tr/chosen/`), whose links carry `?lang=tr`
 * on, so the choice survives a click made before the script has run.
 */
export const PAGE_VARIANTS = [
  { dir: "", chosen: false },
  { dir: "chosen", chosen: true },
];

/**
 * The shell with a page's markup in its root element, its own title, description and language.
 * The root names the address the page was made for (`data-page="/hilfe?lang=tr"`): a static server
 * that answers every unknown path with index.html hands a room link the start page, and the app
 * then draws the room afresh instead of hydrating another page (src/app/prerenderedFor.ts).
 */
export function fillShell(
  shell,
  { html, title, description, address },
  language = { code: "de", dir: "ltr" },
) {
  const parts = shell.split(ROOT_ELEMENT);
  if (parts.length !== 2)
    throw new Error(`buildSite: the shell must contain ${ROOT_ELEMENT} once.`);
  const pageAttribute = address ? ` data-page="${escapeHtml(address)}"` : "";
  let page = `${parts[0]}<div id="root"${pageAttribute}>${html}</div>${parts[1]}`.replace(
    /<html[^>]*>/,
    `<html lang="${escapeHtml(language.code)}" dir="${escapeHtml(language.dir)}">`,
  );
  if (title) page = page.replace(/<title>[^<]*<\/title>/, `<title>${escapeHtml(title)}</title>`);
  if (description) {
    page = page.replace(
      /<meta\s+name="description"\s+content="[^"]*"\s*\/?>/,
      `<meta name="description" content="${escapeHtml(description)}" />`,
    );
  }
  return page;
}

/**
 * Puts the shell's stylesheets into it as <style> elements: the first paint then needs the HTML
 * alone, one round trip less on a slow line. Returns the CSP hashes that admit exactly these styles.
 */
export function inlineStylesheets(shell, readAsset) {
  const hashes = [];
  const html = shell.replace(/<link rel="stylesheet"[^>]*href="([^"]+)"[^>]*>/g, (_tag, href) => {
    const css = readAsset(href).toString("utf8").trim();
    if (css.includes("</"))
      throw new Error(`buildSite: ${href} cannot be inlined (contains "</").`);
    hashes.push(sha256(css));
    return `<style>${css}</style>`;
  });
  return { html, hashes };
}

const sha256 = (text) => `'sha256-${createHash("sha256").update(text, "utf8").digest("base64")}'`;

/**
 * The element whose arrival lets a prerendered page paint: the footer, at the page's end
 * (src/app/Layout.tsx gives it this id, PAGE_END_ID of src/app/prerenderedFor.ts; a test keeps
 * the two the same).
 */
export const PAGE_END_ID = "site-footer";

/**
 * A prerendered page is complete without its script, so the script waits (scripts/pageStarter.mjs
 * says how): once the page has loaded, the starter fetches the entry and the chunks it imports in
 * steps (named as modulepreload in the shell, vite.config.ts; in the HTML they would be requests
 * made before the first paint, and Lighthouse's model of a slow line then paints later), and runs
 * the app at the first sign of a person. The page also paints only once its HTML is parsed to the
 * footer (`<link rel="expect" blocking="render">`, a few KB later): the browser lays the page out
 * once, before the first paint, instead of painting the top and then laying out the whole long
 * page again. `ahead`: what a page with "Konferenz starten" fetches with the entry's steps;
 * `callFirst`: what else the call needs first, which the starter fetches for that button about to
 * be sent before the app is up (each less what is fetched already). Returns the page and the CSP
 * hash of the inline starter.
 */
export function startScriptAfterPaint(page, callFirst = [], ahead = []) {
  const steps = [];
  const withoutPreloads = page.replace(
    /<link rel="modulepreload" crossorigin href="([^"]+)">\n?\s*/g,
    (_tag, href) => {
      steps.push(href);
      return "";
    },
  );
  let hash = null;
  const html = withoutPreloads.replace(
    /<script type="module" crossorigin src="([^"]+)"><\/script>/,
    (_tag, src) => {
      const entrySteps = [...new Set([src, ...steps])];
      const startAhead = ahead.filter((file) => !entrySteps.includes(file));
      const rest = callFirst.filter((file) => !entrySteps.includes(file) && !ahead.includes(file));
      const starter = pageStarterScript(src, entrySteps, rest, startAhead);
      hash = sha256(starter);
      return `<link rel="expect" href="#${PAGE_END_ID}" blocking="render" />\n    <script type="module">${starter}</script>`;
    },
  );
  if (!hash) throw new Error("buildSite: the page has no module script to start after the paint.");
  return { html, hash };
}

/** The room name maker: a page with "Konferenz starten" fetches it ahead with the entry's steps. */
export const START_SOURCES = ["src/domain/rooms/createRoomName.ts"];

/** The source files whose chunks a new call needs first besides: the room's page. */
export const CALL_SOURCES = ["src/app/MeetingRoute.tsx"];

/** The chunks and styles of `sources` and of all they import, as addresses, from Vite's manifest. */
export function chunksOf(manifest, sources) {
  const seen = new Set();
  const files = [];
  const visit = (key) => {
    const chunk = manifest[key];
    if (!chunk) throw new Error(`buildSite: the build manifest has no ${key}.`);
    if (seen.has(key)) return;
    seen.add(key);
    for (const file of [chunk.file, ...(chunk.css ?? [])]) files.push(`/${file}`);
    for (const imported of chunk.imports ?? []) visit(imported);
  };
  for (const source of sources) visit(source);
  return [...new Set(files)];
}

/** Adds CSP sources to one directive (style-src, script-src) of the headers snippet the build wrote. */
export function allowSources(snippet, directive, sources) {
  if (sources.length === 0) return snippet;
  const updated = snippet.replace(new RegExp(`(${directive} [^;"]*)`), `$1 ${sources.join(" ")}`);
  if (updated === snippet)
    throw new Error(`buildSite: the CSP in the headers snippet has no ${directive}.`);
  return updated;
}

/** Builds the site into outDir; the same steps for production, the e2e builds and the bench. */
export async function buildSite({ mode = "production", outDir = "dist", logLevel } = {}) {
  await build({ mode, logLevel, build: { outDir, emptyOutDir: true } });

  const serverDir = join(outDir, ".prerender");
  await build({
    mode,
    logLevel: logLevel ?? "warn",
    // Everything in one Node bundle of its own: each build renders with its own React and i18next.
    ssr: { noExternal: true },
    build: {
      ssr: "src/entry-prerender.tsx",
      outDir: serverDir,
      emptyOutDir: true,
      copyPublicDir: false,
    },
  });
  try {
    const entry = pathToFileURL(resolve(serverDir, "entry-prerender.js")).href;
    const { renderPage, PRERENDERED_PAGES, PAGE_LANGUAGES, CALL_API } = await import(entry);
    const { html: shell, hashes } = inlineStylesheets(
      readFileSync(join(outDir, "index.html"), "utf8"),
      (href) => readFileSync(join(outDir, href.replace(/^\//, ""))),
    );
    // Rooms start from the empty shell: their script starts at once.
    writeFileSync(join(outDir, "app.html"), shell);
    const manifestFile = join(outDir, ".vite", "manifest.json");
    const manifest = JSON.parse(readFileSync(manifestFile, "utf8"));
    // Not for the web: the build's own bookkeeping.
    rmSync(join(outDir, ".vite"), { recursive: true, force: true });
    const callFirst = [CALL_API, ...chunksOf(manifest, CALL_SOURCES)];
    const prerenderShell = startScriptAfterPaint(
      shell,
      callFirst,
      chunksOf(manifest, START_SOURCES),
    );
    const snippet = join(outDir, HEADERS_SNIPPET);
    const headers = allowSources(readFileSync(snippet, "utf8"), "style-src", hashes);
    writeFileSync(snippet, allowSources(headers, "script-src", [prerenderShell.hash]));
    for (const language of PAGE_LANGUAGES) {
      for (const variant of PAGE_VARIANTS) {
        const dir = join(outDir, PAGES_DIR, language.code, variant.dir);
        mkdirSync(dir, { recursive: true });
        for (const [path, file] of Object.entries(PRERENDERED_PAGES)) {
          const address = variant.chosen ? `${path}?lang=${language.code}` : path;
          const rendered = await renderPage(address, language.code);
          const page = fillShell(prerenderShell.html, { ...rendered, address }, language);
          writeFileSync(join(dir, file), page);
          if (path === "/" && language.code === "de" && !variant.chosen)
            writeFileSync(join(outDir, "index.html"), page);
        }
      }
    }
  } finally {
    rmSync(serverDir, { recursive: true, force: true });
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  await buildSite();
}
