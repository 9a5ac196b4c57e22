// One Lighthouse 12.2.3 run on mobile settings (Moto G Power emulation, slow 4G, 4x CPU, simulated)
// in a fresh headless Chromium, reduced to the figures `npm run bench` prints, and their median
// and worst over several runs. Used by scripts/bench.mjs.
import * as chromeLauncher from "chrome-launcher";
import lighthouse from "lighthouse";
import { LanternFirstContentfulPaint } from "lighthouse/core/computed/metrics/lantern-first-contentful-paint.js";
import { LanternInteractive } from "lighthouse/core/computed/metrics/lantern-interactive.js";
import { LanternTotalBlockingTime } from "lighthouse/core/computed/metrics/lantern-total-blocking-time.js";
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
    const tbt = audits["total-blocking-time"]?.numericValue ?? Number.NaN;
    const split = runtimeError ? null : await blockingBySource(result, tbt);
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
      tbt,
      // The TBT split (see blockingBySource): the navigation's commit, Lighthouse's own script in
      // the page, and the rest: the page's parse, style, layout, images and scripts.
      commitTbt: split?.commit ?? Number.NaN,
      lighthouseTbt: split?.lighthouse ?? Number.NaN,
      ownTbt: split ? tbt - split.commit - split.lighthouse : Number.NaN,
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

/**
 * What a run's TBT is made of: `commit`, the task in which the renderer commits the navigation
 * (before the page's first byte is parsed it creates the document's window and script context;
 * in a renderer process of its own that task is long and holds nothing of the page: Lighthouse
 * comes from about:blank, and the production headers' Cross-Origin-Opener-Policy asks for a new
 * browsing context group, so a new process; an empty page with the same headers has it too), and
 * `lighthouse`, tasks of the script Lighthouse itself runs in the page. The rest is the page's.
 *
 * Lighthouse's TBT is simulated (Lantern): each main-thread task is replayed on a modelled phone
 * and its time past 50 ms, between the estimated first contentful paint and time to interactive,
 * is blocking; the figure is the mean of an optimistic and a pessimistic estimate. This replays
 * that sum per task from Lighthouse's own estimates, or returns null when the replay does not
 * come to Lighthouse's figure (another Lighthouse version). Lantern's first-paint estimate leaves
 * the commit task out (it keeps only the first parse, layout and paint and render-blocking
 * requests), so in the replay the commit runs on past that paint and counts, although in the
 * trace it ends before the page's first byte is parsed.
 */
async function blockingBySource(result, tbt) {
  const { artifacts, lhr } = result;
  const data = {
    trace: artifacts.Trace,
    devtoolsLog: artifacts.DevtoolsLog,
    gatherContext: artifacts.GatherContext,
    settings: lhr.configSettings,
    URL: artifacts.URL,
    SourceMaps: [],
    simulator: null,
  };
  const context = { computedCache: new Map() };
  try {
    const fcp = await LanternFirstContentfulPaint.request(data, context);
    const tti = await LanternInteractive.request(data, context);
    const blocking = await LanternTotalBlockingTime.request(data, context);
    const estimate = (simulated, from, until) => {
      const sum = { all: 0, commit: 0, lighthouse: 0 };
      for (const [node, timing] of simulated.nodeTimings) {
        if (node.type !== "cpu" || timing.duration < BLOCKING_MS) continue;
        const clipped = Math.min(timing.endTime, until) - Math.max(timing.startTime, from);
        if (timing.endTime < from || timing.startTime > until || clipped < BLOCKING_MS) continue;
        sum.all += clipped - BLOCKING_MS;
        if (commitsTheNavigation(node)) sum.commit += clipped - BLOCKING_MS;
        else if (runsLighthouse(node)) sum.lighthouse += clipped - BLOCKING_MS;
      }
      return sum;
    };
    // As Lighthouse does: the optimistic TBT from the pessimistic FCP and the optimistic TTI, and
    // the other way round.
    const optimistic = estimate(
      blocking.optimisticEstimate,
      fcp.pessimisticEstimate.timeInMs,
      tti.optimisticEstimate.timeInMs,
    );
    const pessimistic = estimate(
      blocking.pessimisticEstimate,
      fcp.optimisticEstimate.timeInMs,
      tti.pessimisticEstimate.timeInMs,
    );
    if (Math.abs((optimistic.all + pessimistic.all) / 2 - tbt) > 1) return null;
    return {
      commit: (optimistic.commit + pessimistic.commit) / 2,
      lighthouse: (optimistic.lighthouse + pessimistic.lighthouse) / 2,
    };
  } catch {
    return null;
  }
}

const BLOCKING_MS = 50;

/** The main-thread task that starts loading the main document's body: the navigation's commit. */
function commitsTheNavigation(node) {
  return node.childEvents.some(
    (event) =>
      event.name === "NavigationBodyLoader::StartLoadingBody" &&
      /^https?:/.test(event.args?.url ?? ""),
  );
}

/** A task that runs the script Lighthouse injects into the page to observe it. */
function runsLighthouse(node) {
  return node.childEvents.some(
    (event) =>
      (event.name === "FunctionCall" || event.name === "EvaluateScript") &&
      String(event.args?.data?.url ?? "").endsWith("_lighthouse-eval.js"),
  );
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
