// One Lighthouse 12.2.3 run on mobile settings (Moto G Power emulation, slow 4G, 4x CPU, simulated)
// in a fresh headless Chromium, reduced to the figures `npm run bench` prints, and their median
// and worst over several runs. Used by scripts/bench.mjs.
import * as chromeLauncher from "chrome-launcher";
import lighthouse from "lighthouse";
import { CHROMIUM_FLAGS, systemChromium } from "./chromium.mjs";

/** Lighthouse's figures for one load of `url`; `own` is the origin whose scripts are ours. */
export async function lighthouseRun(url, own = new URL(url).origin) {
  const chrome = await chromeLauncher.launch({
    chromePath: systemChromium(),
    chromeFlags: CHROMIUM_FLAGS,
  });
  try {
    const result = await lighthouse(url, {
      port: chrome.port,
      output: "json",
      logLevel: "error",
      onlyCategories: ["performance", "accessibility", "best-practices", "seo"],
    });
    const { categories, audits, runtimeError } = result.lhr;
    const score = (id) => Math.round((categories[id]?.score ?? 0) * 100);
    const value = (id) => audits[id]?.numericValue ?? Number.NaN;
    const items = (id) => audits[id]?.details?.items ?? [];
    // Tasks of 50 ms and more (simulated 4x CPU), longest first; ours are those of our scripts
    // or of the page itself (parsing, style, layout).
    const ownTasks = items("long-tasks").filter((task) => String(task.url).startsWith(own));
    const scripts = items("network-requests").filter(
      (request) => request.resourceType === "Script" && String(request.url).startsWith(own),
    );
    return {
      // A run Lighthouse could not finish (a page that timed out on a busy machine) is left out.
      error: runtimeError?.code,
      perf: score("performance"),
      a11y: score("accessibility"),
      bp: score("best-practices"),
      seo: score("seo"),
      fcp: value("first-contentful-paint"),
      lcp: value("largest-contentful-paint"),
      tbt: value("total-blocking-time"),
      cls: value("cumulative-layout-shift"),
      bytes: value("total-byte-weight"),
      longestTask: Math.max(0, ...ownTasks.map((task) => task.duration)),
      longTasks: ownTasks.length,
      // Script fetched during the load; the prerendered pages fetch the app ahead without running it
      // (what ran: scripts/mainThreadTasks.mjs, from V8 coverage).
      jsBytes: scripts.reduce((sum, request) => sum + (request.resourceSize ?? 0), 0),
      mainThreadMs: value("mainthread-work-breakdown"),
      failing: Object.values(categories)
        .flatMap((category) => category.auditRefs)
        .filter((ref) => ref.weight > 0 && (audits[ref.id]?.score ?? 1) < 1)
        .map((ref) => ref.id),
    };
  } finally {
    await chrome.kill();
  }
}

/** The median and the worst of each figure over runs (worst: lowest score, highest time). */
export function summarise(allRuns) {
  const runs = allRuns.filter((run) => !run.error);
  if (runs.length === 0) return { failed: allRuns.map((run) => run.error), failing: [] };
  const median = (values) => {
    const sorted = [...values].sort((a, b) => a - b);
    const mid = Math.floor(sorted.length / 2);
    return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
  };
  const figures = {};
  for (const key of Object.keys(runs[0])) {
    const values = runs.map((run) => run[key]).filter((value) => Number.isFinite(value));
    if (values.length === 0) continue;
    if (typeof values[0] !== "number") continue;
    const higherIsBetter = ["perf", "a11y", "bp", "seo"].includes(key);
    figures[key] = {
      median: median(values),
      worst: higherIsBetter ? Math.min(...values) : Math.max(...values),
    };
  }
  figures.failing = [...new Set(runs.flatMap((run) => run.failing))];
  figures.failed = allRuns.filter((run) => run.error).map((run) => run.error);
  return figures;
}
