// Measures what a visitor downloads first for a page of a build: the HTML and the scripts and
// styles it names (gzip, as nginx sends them). Shared by `npm run check:size` and `npm run bench`.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";

export const gzipBytes = (buffer) => gzipSync(buffer, { level: 6 }).length;

/** Initial HTML, CSS and JavaScript of `htmlFile` in `dist`, in gzip bytes. */
export function initialSizes(dist, htmlFile = "index.html") {
  const html = readFileSync(join(dist, htmlFile));
  const text = html.toString("utf8");
  const refs = (pattern) => [...text.matchAll(pattern)].map((m) => m[1]).filter(Boolean);
  const scripts = [
    ...refs(/<script[^>]+type="module"[^>]+src="([^"]+)"/g),
    ...refs(/<link[^>]+rel="modulepreload"[^>]+href="([^"]+)"/g),
    // A prerendered page's starter fetches the entry and its steps once the page has loaded, and
    // runs them at the first reach (scripts/pageStarter.mjs): called as
    // pageStarter("src", [steps], {hold}).
    ...[...text.matchAll(/\}\)\(("[^"]+"),(\[[^\]]*\]),\{[^}]*\}\);<\/script>/g)].flatMap((m) => [
      JSON.parse(m[1]),
      ...JSON.parse(m[2]),
    ]),
  ];
  const styles = refs(/<link[^>]+rel="stylesheet"[^>]+href="([^"]+)"/g);
  // The start page's stylesheet is inlined (scripts/buildSite.mjs): it counts as CSS too, and
  // within the HTML it travels in.
  const inlineCss = refs(/<style>([^<]*)<\/style>/g).reduce(
    (sum, css) => sum + gzipBytes(Buffer.from(css)),
    0,
  );
  const size = (files) =>
    files.reduce((sum, file) => sum + gzipBytes(readFileSync(join(dist, file))), 0);
  return {
    html: gzipBytes(html),
    css: size(styles) + inlineCss,
    js: size([...new Set(scripts)]),
    scripts,
    styles,
  };
}

/** Every JavaScript chunk of the build with its gzip size, largest first. */
export function chunkSizes(dist) {
  const assets = join(dist, "assets");
  return readdirSync(assets)
    .filter((name) => name.endsWith(".js"))
    .map((name) => ({ name, gzip: gzipBytes(readFileSync(join(assets, name))) }))
    .sort((a, b) => b.gzip - a.gzip);
}
