#!/usr/bin/env node
// `npm run bench`: what a visitor downloads and how fast pages and the way into a call are, as
// figures. Lighthouse 12.2.3 on mobile settings (Debian Chromium, headless), three runs per page,
// against the build served by nginx with the production config; the time from "Konferenz starten"
// to the meeting iframe with Playwright. A benchmark: it prints, it does not judge (CI enforces
// size budgets separately). BENCH_BASELINE=<another build's folder> measures that build side by
// side, run for run, in the same conditions (a loaded machine makes both slower alike). Each
// run's TBT is split into the navigation's commit and the page's own tasks (lighthouseRuns.mjs),
// and an empty page is measured in every round, plain and with our pages' headers: the floor.
import { spawn, spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync } from "node:fs";
import { initialSizes } from "./bundleSizes.mjs";
import { pageHeaders, serveEmptyPage } from "./emptyPage.mjs";
import { lighthouseRun, summarise } from "./lighthouseRuns.mjs";
import { mainThreadTasks } from "./mainThreadTasks.mjs";

const PORT = Number(process.env.BENCH_PORT ?? 4280);
const DIST = process.env.BENCH_DIST ?? "dist-e2e/bretten";
const ROUTES = (process.env.BENCH_ROUTES ?? "/,/hilfe,/datenschutz").split(",");
const RUNS = Number(process.env.BENCH_LH_RUNS ?? 3);
// Jitsi Meet's own welcome page (2026): app.bundle.min.js about 3.3 MB plus lib-jitsi-meet 0.75 MB.
const JITSI_WELCOME_JS = 3.3e6 + 0.75e6;

const builds = [{ name: DIST, dist: DIST, port: PORT }];
if (process.env.BENCH_BASELINE) {
  builds.push({
    name: process.env.BENCH_BASELINE,
    dist: process.env.BENCH_BASELINE,
    port: PORT + 1,
  });
}

mkdirSync(".tmp", { recursive: true });
if (!process.env.BENCH_SKIP_BUILD || !existsSync(DIST)) run("node", ["scripts/build-e2e.mjs"]);

// The floor, measured in every round beside the pages (scripts/emptyPage.mjs): the empty page
// plain, and with the headers nginx sends with our pages (served once nginx is up).
const floors = [];
const servers = builds.map(({ dist, port }) =>
  spawn("node", ["scripts/serve-nginx.mjs"], {
    env: { ...process.env, PORT: String(port), DIST: dist },
    stdio: ["ignore", "ignore", "inherit"],
  }),
);
try {
  for (const build of builds) {
    build.base = `http://127.0.0.1:${build.port}`;
    build.runs = Object.fromEntries(ROUTES.map((route) => [route, []]));
    build.traces = Object.fromEntries(ROUTES.map((route) => [route, []]));
    await waitFor(build.base);
  }
  const ourHeaders = pageHeaders((await fetch(`${builds[0].base}/`)).headers);
  for (const [name, headers] of [
    ["plain", {}],
    ["with the headers of our pages", ourHeaders],
  ]) {
    const runs = Object.fromEntries(ROUTES.map((route) => [route, []]));
    floors.push({ name, server: await serveEmptyPage(headers), runs });
  }
  // Run for run, build after build: a burst of load on the machine hits both alike.
  for (const route of ROUTES) {
    for (let i = 0; i < RUNS; i++) {
      for (const build of builds) {
        build.runs[route].push(await lighthouseRun(`${build.base}${route}`));
        build.traces[route].push(await mainThreadTasks(`${build.base}${route}`));
      }
      for (const floor of floors) floor.runs[route].push(await lighthouseRun(floor.server.url));
    }
  }
  for (const build of builds) build.iframe = timeToIframe(build.base);

  const kb = (bytes) => `${(bytes / 1024).toFixed(1)}`;
  const pad = (value, width) => String(value).padStart(width);
  const mw = ({ median, worst }, digits = 0) =>
    `${median.toFixed(digits)}/${worst.toFixed(digits)}`;
  console.log(
    `\nPer route: first-load bytes from the build (gzip KB, as nginx sends them) and Lighthouse 12.2.3
mobile (Moto G Power emulation, slow 4G, 4x CPU, simulated), ${RUNS} runs: median/worst. "longest"
is the longest main-thread task of our own page and scripts (Lighthouse's long-tasks, ≥ 50 ms;
0 = none), "tasks" how many such tasks (median), "JS got" the KB of script (raw) fetched during
the load (fetched ahead is not run: the trace lines below say what ran), "main" the main thread's
total work in ms (median).`,
  );
  for (const build of builds) {
    console.log(`\n${build.name}`);
    console.log(
      "  route           HTML  CSS    JS   perf  a11y  bp  seo  FCP ms    LCP ms      TBT ms  longest ms tasks JS got  main   CLS",
    );
    for (const route of ROUTES) {
      const s = summarise(build.runs[route]);
      if (s.failed.length > 0)
        console.log(`  ${route}: Lighthouse failed in ${s.failed.join(", ")}`);
      if (!s.perf) continue;
      const sizes = initialSizes(build.dist, pageFile(build.dist, route));
      console.log(
        `  ${route.padEnd(14)}${pad(kb(sizes.html), 5)}${pad(kb(sizes.css), 5)}${pad(kb(sizes.js), 6)}${pad(mw(s.perf), 8)}${pad(s.a11y.worst, 5)}${pad(s.bp.worst, 4)}${pad(s.seo.worst, 5)}${pad(s.fcp.median.toFixed(0), 7)}${pad(mw(s.lcp), 11)}${pad(mw(s.tbt), 11)}${pad(mw(s.longestTask), 11)}${pad(s.longTasks.median, 6)}${pad(kb(s.jsBytes.median), 7)}${pad(s.mainThreadMs.median.toFixed(0), 6)}${pad(s.cls.worst.toFixed(3), 6)}`,
      );
      if (s.failing.length > 0)
        console.log(`    audits below 100 in some run: ${s.failing.join(", ")}`);
      if (s.commitTbt && s.ownTbt)
        console.log(
          `    TBT split: the navigation's commit ${mw(s.commitTbt)} ms, Lighthouse's own script ${mw(s.lighthouseTbt)} ms, the page's own tasks ${mw(s.ownTbt)} ms`,
        );
      for (const floor of floors) {
        const above = aboveFloor(build.runs[route], floor.runs[route]);
        if (above)
          console.log(
            `    TBT above the empty page's (${floor.name}) of the same round: ${mw(above)} ms`,
          );
      }
    }
    console.log(
      "  main thread from a Chromium trace (CPU time x4), median/worst: longest task (kind), longest task of script, tasks >= 50 ms, all work",
    );
    for (const route of ROUTES) {
      const traces = build.traces[route];
      const line = (phase) => {
        const t = summarise(traces.map((trace) => ({ ...trace[phase], failing: [] })));
        const kinds = [...new Set(traces.map((trace) => trace[phase].longestKind))].join("/");
        return `longest ${mw(t.longestMs)} ms (${kinds}), script ${mw(t.longestScriptMs)} ms, ${mw(t.longTasks)} long, work ${t.workMs.median.toFixed(0)} ms`;
      };
      const ran = summarise(traces.map((trace) => ({ jsRunKB: trace.jsRunKB, failing: [] })));
      const early = traces.filter((trace) => trace.hydratedBefore).length;
      console.log(
        `  ${route.padEnd(14)} before any interaction: ${line("before")}; JS run ${mw(ran.jsRunKB, 1)} KB${early ? ` (hydrated without a reach in ${early} runs)` : ""}`,
      );
      console.log(`  ${"".padEnd(14)} first reach to hydrated: ${line("reach")}`);
    }
    const landing = initialSizes(build.dist);
    console.log(
      `  Start page JavaScript ${kb(landing.js)} KB vs Jitsi's welcome page (~${(JITSI_WELCOME_JS / 1e6).toFixed(2)} MB): ${((landing.js / JITSI_WELCOME_JS) * 100).toFixed(1)} % (1 : ${Math.round(JITSI_WELCOME_JS / landing.js)})`,
    );
  }
  console.log(
    `\nThe floor: an empty page (a heading and a sentence; no CSS, no script, no image), measured in
every round beside the pages, ${RUNS * ROUTES.length} runs each. Blocking time a page cannot go below on
this machine and this Lighthouse, with its headers:`,
  );
  for (const floor of floors) {
    const f = summarise(Object.values(floor.runs).flat());
    if (!f.perf) continue;
    const split =
      f.commitTbt && f.ownTbt
        ? ` (the navigation's commit ${mw(f.commitTbt)}, Lighthouse's script ${mw(f.lighthouseTbt)}, the rest ${mw(f.ownTbt)})`
        : "";
    console.log(
      `  ${floor.name}: perf ${mw(f.perf)}, TBT ${mw(f.tbt)} ms${split}, longest task ${mw(f.longestTask)} ms, main ${f.mainThreadMs.median.toFixed(0)} ms`,
    );
  }
  console.log(
    "\nTap on “Konferenz starten” to the meeting iframe's request (phone, 4x CPU, slow 4G):",
  );
  for (const { name, iframe } of builds) {
    console.log(
      iframe
        ? `  ${name}: with prefetch ${iframe.withPrefetchMs} ms, straight tap ${iframe.tapMs} ms, no touch, pointer or focus before ${iframe.withoutPrefetchMs} ms (median of ${iframe.runs})`
        : `  ${name}: not measured (the Playwright run failed, see above)`,
    );
  }
} finally {
  for (const server of servers) server.kill("SIGTERM");
  for (const floor of floors) await floor.server.close();
}

/** A page's TBT minus the empty page's of the same round, median/worst (rounds where both ran). */
function aboveFloor(pageRuns, floor) {
  const pairs = pageRuns
    .map((run, i) => [run, floor[i]])
    .filter(([run, base]) => base && !run.error && !base.error);
  if (pairs.length === 0) return null;
  const { tbt } = summarise(pairs.map(([run, base]) => ({ tbt: run.tbt - base.tbt, failing: [] })));
  return tbt;
}

/** The click-to-iframe timing of tests/bench against `base`, or null if the run failed. */
function timeToIframe(base) {
  const out = `.tmp/time-to-iframe-${new URL(base).port}.json`;
  const timing = spawnSync(
    "npx",
    ["playwright", "test", "-c", "tests/bench/playwright.bench.config.ts"],
    {
      env: { ...process.env, BENCH_URL: base, BENCH_OUT: out },
      stdio: ["ignore", "inherit", "inherit"],
    },
  );
  return timing.status === 0 ? JSON.parse(readFileSync(out, "utf8")) : null;
}

/** The file nginx serves for a route, in German: a prerendered page, or the shell of the others. */
function pageFile(dist, route) {
  const name = route === "/" ? "index" : route.replace(/^\/|\/$/g, "");
  const file = `_pages/de/${name}.html`;
  return existsSync(`${dist}/${file}`) ? file : "app.html";
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
