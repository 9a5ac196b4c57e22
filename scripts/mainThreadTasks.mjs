// What the main thread does while a page loads, before anyone interacts, and then when a person
// first reaches for it, from Chromium traces: a phone-sized page, traced from navigation until it
// has loaded and two seconds of quiet followed (nobody touches it: that is what a reader of the page
// gets); then a pointer moves over the page, which brings the app to life (scripts/pageStarter.mjs),
// traced until the app has hydrated it and a second of quiet followed. Used by scripts/bench.mjs
// beside Lighthouse.
//
// Times are each task's own CPU time (the trace's thread time), times 4 for a phone four times
// slower than this machine. Not wall time, and not Chromium's CPU throttling: on a machine busy
// with other work both stretch with the load (a task waits for a core), CPU time does not. So the
// figures stay comparable between a quiet and a busy machine, and between two builds.
import { writeFileSync } from "node:fs";
import { chromium } from "@playwright/test";
import { chromiumLaunchOptions } from "./chromium.mjs";

const SLOWDOWN = 4;
const LONG_MS = 50;
const CATEGORIES = ["devtools.timeline", "disabled-by-default-devtools.timeline", "v8"];
/** The kinds of work a task is named by, after the biggest of them inside it. */
const KINDS = {
  EvaluateScript: "script",
  "v8.evaluateModule": "script",
  "v8.compileModule": "compile",
  FunctionCall: "script",
  TimerFire: "script",
  FireAnimationFrame: "script",
  EventDispatch: "script",
  RunMicrotasks: "script",
  ParseHTML: "parse HTML",
  Layout: "layout",
  UpdateLayoutTree: "style",
  Paint: "paint",
};
/** Kinds that are a page's script (ours: the pages load no other) rather than the browser's work. */
const SCRIPT_KINDS = new Set(["script", "compile"]);

/**
 * Before any interaction (`before`) and from the first reach until hydrated (`reach`): the longest
 * task (ms at 4x) and its kind, the longest task of script, how many tasks take 50 ms or more at
 * 4x, all the main thread's work (ms at 4x); `jsRunKB`, the KB of script (raw) that ran before any
 * interaction, from V8's coverage (a file fetched ahead but not run does not count).
 * DUMP_TRACE=<file> keeps the first trace for Chromium's performance panel.
 */
export async function mainThreadTasks(url) {
  const browser = await chromium.launch(chromiumLaunchOptions());
  try {
    const context = await browser.newContext({
      viewport: { width: 360, height: 740 },
      isMobile: true,
      hasTouch: true,
    });
    const page = await context.newPage();
    await page.coverage.startJSCoverage({
      resetOnNavigation: false,
      reportAnonymousScripts: false,
    });
    await browser.startTracing(page, { categories: CATEGORIES });
    await page.goto(url, { waitUntil: "load" });
    await page.waitForTimeout(2000);
    const quiet = JSON.parse((await browser.stopTracing()).toString("utf8")).traceEvents;
    if (process.env.DUMP_TRACE) writeFileSync(process.env.DUMP_TRACE, JSON.stringify(quiet));
    const ran = (await page.coverage.stopJSCoverage()).filter(
      (entry) =>
        entry.url.startsWith("http") && entry.functions.some((f) => f.ranges[0]?.count > 0),
    );
    const jsRunKB = ran.reduce((sum, entry) => sum + (entry.source?.length ?? 0), 0) / 1024;
    const hydratedBefore = await page.evaluate(headingIsHydrated);
    await browser.startTracing(page, { categories: CATEGORIES });
    await page.mouse.move(40, 200);
    await page.mouse.move(60, 220);
    await page.waitForFunction(headingIsHydrated, null, { timeout: 120_000 });
    await page.waitForTimeout(1000);
    const reach = JSON.parse((await browser.stopTracing()).toString("utf8")).traceEvents;
    const before = summariseTrace(quiet);
    return {
      before: before.figures,
      // The same page, not navigated since: the same renderer's main thread. (The busiest renderer
      // can be another: headless Chromium keeps a WebUI renderer of its own, the omnibox popup.)
      reach: summariseTrace(reach, before.thread).figures,
      jsRunKB,
      hydratedBefore,
    };
  } finally {
    await browser.close();
  }
}

/** In the page: the app has hydrated it (React's handlers are on its heading). */
function headingIsHydrated() {
  const heading = document.querySelector("h1");
  return !!heading && Object.keys(heading).some((key) => key.startsWith("__reactFiber"));
}

/**
 * The figures of one trace and the page's main thread: the given one, or the renderer's main
 * thread that parsed our HTML (a trace that lost that event under load: the busiest renderer).
 */
function summariseTrace(events, known) {
  const parse = known
    ? undefined
    : events.find((e) => e.name === "ParseHTML" && /^https?:/.test(e.args?.beginData?.url ?? ""));
  const thread = known ?? parse ?? busiestRenderer(events);
  const main = events.filter(
    (e) => e.pid === thread.pid && e.tid === thread.tid && e.ph === "X" && e.dur,
  );
  // Playwright's own script (injected to wait for hydration) is evaluated as a classic script that
  // names no address; the pages' scripts are all modules with addresses. Its tasks are left out.
  const harness = main.filter((e) => e.name === "EvaluateScript" && !e.args?.data?.url);
  const tasks = main.filter(
    (e) =>
      e.name === "RunTask" &&
      e.ts >= (parse?.ts ?? 0) &&
      !harness.some((h) => h.ts >= e.ts && h.ts + h.dur <= e.ts + e.dur),
  );
  const ms = (task) => ((task.tdur ?? task.dur) / 1000) * SLOWDOWN;
  const kindOf = (task) => {
    const inside = main.filter(
      (e) => e !== task && KINDS[e.name] && e.ts >= task.ts && e.ts + e.dur <= task.ts + task.dur,
    );
    const heaviest = inside.sort((a, b) => (b.tdur ?? b.dur) - (a.tdur ?? a.dur))[0];
    return heaviest ? KINDS[heaviest.name] : "other";
  };
  const sorted = [...tasks].sort((a, b) => ms(b) - ms(a));
  const longest = sorted[0];
  const longestScript = sorted.find((task) => SCRIPT_KINDS.has(kindOf(task)));
  const figures = {
    longestMs: longest ? ms(longest) : 0,
    longestKind: longest ? kindOf(longest) : "none",
    longestScriptMs: longestScript ? ms(longestScript) : 0,
    longTasks: tasks.filter((task) => ms(task) >= LONG_MS).length,
    workMs: tasks.reduce((sum, task) => sum + ms(task), 0),
  };
  return { figures, thread: { pid: thread.pid, tid: thread.tid } };
}

function busiestRenderer(events) {
  const renderers = new Set(
    events
      .filter((e) => e.name === "thread_name" && e.args?.name === "CrRendererMain")
      .map((e) => `${e.pid}/${e.tid}`),
  );
  const work = new Map();
  for (const e of events) {
    const id = `${e.pid}/${e.tid}`;
    if (e.name === "RunTask" && renderers.has(id)) work.set(id, (work.get(id) ?? 0) + e.dur);
  }
  const [busiest] = [...work.entries()].sort((a, b) => b[1] - a[1])[0] ?? [];
  if (!busiest) throw new Error("mainThreadTasks: the trace shows no page's main thread.");
  const [pid, tid] = busiest.split("/").map(Number);
  return { pid, tid };
}
