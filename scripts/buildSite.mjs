// The production build: Vite's client build, then the start page and the pages about the service
// rendered to HTML in every language (src/entry-prerender.tsx, bundled for Node and run once),
// written as _pages/<language>/<file>.html around the same script and styles; index.html is the
// German start page. app.html is the empty shell every other path (a room) is served. nginx picks
// the file for a path and the visitor's language (deploy/nginx/app.conf).
import { mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { build } from "vite";

const ROOT_ELEMENT = '<div id="root"></div>';
/** Where the prerendered pages live in the build; nginx serves them under their own paths only. */
export const PAGES_DIR = "_pages";

function escapeHtml(text) {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** The shell with a page's markup in its root element, its own title and its language. */
export function fillShell(shell, { html, title }, language = { code: "de", dir: "ltr" }) {
  const parts = shell.split(ROOT_ELEMENT);
  if (parts.length !== 2)
    throw new Error(`buildSite: the shell must contain ${ROOT_ELEMENT} once.`);
  const page = `${parts[0]}<div id="root">${html}</div>${parts[1]}`.replace(
    /<html[^>]*>/,
    `<html lang="${escapeHtml(language.code)}" dir="${escapeHtml(language.dir)}">`,
  );
  return title
    ? page.replace(/<title>[^<]*<\/title>/, `<title>${escapeHtml(title)}</title>`)
    : page;
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
    const { renderPage, PRERENDERED_PAGES, PAGE_LANGUAGES } = await import(entry);
    const shell = readFileSync(join(outDir, "index.html"), "utf8");
    writeFileSync(join(outDir, "app.html"), shell);
    for (const language of PAGE_LANGUAGES) {
      mkdirSync(join(outDir, PAGES_DIR, language.code), { recursive: true });
      for (const [path, file] of Object.entries(PRERENDERED_PAGES)) {
        const page = fillShell(shell, await renderPage(path, language.code), language);
        writeFileSync(join(outDir, PAGES_DIR, language.code, file), page);
        if (path === "/" && language.code === "de") writeFileSync(join(outDir, "index.html"), page);
      }
    }
  } finally {
    rmSync(serverDir, { recursive: true, force: true });
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  await buildSite();
}
