#!/usr/bin/env node
// `npm run bench`: what a visitor downloads and how fast pages and the way into a call are, as
// figures. Lighthouse 12.2.3 on mobile settings (Debian Chromium, headless) against the build served
// by nginx with the production config; the time from "Konferenz starten" to the meeting iframe with
// Playwright. A benchmark: it prints, it does not judge (CI enforces size budgets separately).
import { spawn, spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync } from "node:fs";
import * as chromeLauncher from "chrome-launcher";
import lighthouse from "lighthouse";
import { initialSizes } from "./bundleSizes.mjs";
import { CHROMIUM_FLAGS, systemChromium } from "./chromium.mjs";

const PORT = Number(process.env.BENCH_PORT ?? 4280);
const BASE = `http://127.0.0.1:${PORT}`;
const DIST = "dist-e2e/bretten";
const ROUTES = (process.env.BENCH_ROUTES ?? "/,/hilfe,/datenschutz").split(",");
// Jitsi Meet's own welcome page (2026): app.bundle.min.js about 3.3 MB plus lib-jitsi-meet 0.75 MB.
const JITSI_WELCOME_JS = 3.3e6 + 0.75e6;

mkdirSync(".tmp", { recursive: true });
if (!process.env.BENCH_SKIP_BUILD || !existsSync(DIST)) run("node", ["scripts/build-e2e.mjs"]);

const server = spawn("node", ["scripts/serve-nginx.mjs"], {
  env: { ...process.env, PORT: String(PORT), DIST },
  stdio: ["ignore", "ignore", "inherit"],
});
try {
  await waitFor(BASE);
  const rows = [];
  const chromePath = systemChromium();
  for (const route of ROUTES) {
    const chrome = await chromeLauncher.launch({ chromePath, chromeFlags: CHROMIUM_FLAGS });
    try {
      const result = await lighthouse(`${BASE}${route}`, {
        port: chrome.port,
        output: "json",
        logLevel: "error",
        onlyCategories: ["performance", "accessibility", "best-practices", "seo"],
      });
      const { categories, audits } = result.lhr;
      const score = (id) => Math.round((categories[id]?.score ?? 0) * 100);
      const value = (id) => audits[id]?.numericValue ?? Number.NaN;
      rows.push({
        route,
        perf: score("performance"),
        a11y: score("accessibility"),
        bp: score("best-practices"),
        seo: score("seo"),
        fcp: value("first-contentful-paint"),
        lcp: value("largest-contentful-paint"),
        tbt: value("total-blocking-time"),
        cls: value("cumulative-layout-shift"),
        bytes: value("total-byte-weight"),
        failing: Object.values(categories)
          .flatMap((c) => c.auditRefs)
          .filter((ref) => ref.weight > 0 && (audits[ref.id]?.score ?? 1) < 1)
          .map((ref) => ref.id),
      });
    } finally {
      await chrome.kill();
    }
  }

  const timing = spawnSync(
    "npx",
    ["playwright", "test", "-c", "tests/bench/playwright.bench.config.ts"],
    {
      env: { ...process.env, BENCH_URL: BASE, BENCH_OUT: ".tmp/time-to-iframe.json" },
      stdio: ["ignore", "inherit", "inherit"],
    },
  );
  const iframe =
    timing.status === 0 ? JSON.parse(readFileSync(".tmp/time-to-iframe.json", "utf8")) : null;

  const kb = (bytes) => `${(bytes / 1024).toFixed(1)}`;
  const pad = (value, width) => String(value).padStart(width);
  console.log(
    "\nOne table: each route's first load from the build (gzip KB, as nginx sends it) and Lighthouse",
  );
  console.log(
    "12.2.3 on mobile settings (Moto G Power emulation, slow 4G, 4x CPU), nginx production config.",
  );
  console.log(
    "  route            HTML   CSS    JS  transfer  perf a11y  bp  seo  FCP ms  LCP ms  TBT ms    CLS",
  );
  for (const r of rows) {
    const sizes = initialSizes(DIST, pageFile(r.route));
    console.log(
      `  ${r.route.padEnd(15)}${pad(kb(sizes.html), 5)}${pad(kb(sizes.css), 6)}${pad(kb(sizes.js), 6)}${pad(kb(r.bytes), 10)}${pad(r.perf, 6)}${pad(r.a11y, 5)}${pad(r.bp, 4)}${pad(r.seo, 5)}${pad(r.fcp.toFixed(0), 8)}${pad(r.lcp.toFixed(0), 8)}${pad(r.tbt.toFixed(0), 8)}${pad(r.cls.toFixed(3), 7)}`,
    );
    if (r.failing.length > 0) console.log(`    audits below 100: ${r.failing.join(", ")}`);
  }
  const landing = initialSizes(DIST);
  console.log(
    `\nStart page JavaScript ${kb(landing.js)} KB vs Jitsi's welcome page (~${(JITSI_WELCOME_JS / 1e6).toFixed(2)} MB): ${((landing.js / JITSI_WELCOME_JS) * 100).toFixed(1)} % (1 : ${Math.round(JITSI_WELCOME_JS / landing.js)})`,
  );
  console.log(
    "\nTap on “Konferenz starten” to the meeting iframe's request (phone, 4x CPU, slow 4G):",
  );
  console.log(
    iframe
      ? `  with prefetch ${iframe.withPrefetchMs} ms, without ${iframe.withoutPrefetchMs} ms (median of ${iframe.runs})`
      : "  not measured (the Playwright run failed, see above)",
  );
} finally {
  server.kill("SIGTERM");
}

/** The file nginx serves for a route, in German: a prerendered page, or the shell of the others. */
function pageFile(route) {
  const name = route === "/" ? "index" : route.replace(/^\/|\/$/g, "");
  const file = `_pages/de/${name}.html`;
  return existsSync(`${DIST}/${file}`) ? file : "app.html";
}

function run(command, args) {
  const result = spawnSync(command, args, { stdio: "inherit" });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

async function waitFor(url) {
  for (let i = 0; i < 100; i++) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not up yet
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`${url} did not come up`);
}
