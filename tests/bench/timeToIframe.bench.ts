import { writeFileSync } from "node:fs";
import { test } from "@playwright/test";
import { installJitsiStandIn } from "../jitsi-stand-in";

/**
 * Time from the tap on "Konferenz starten" to the request of the meeting iframe, on a phone under
 * 4x CPU slowdown and a slow mobile network: with the prefetch that a hand on the button starts a
 * moment before (`prefetch`); a touch tap straight onto the button of a page nobody has touched yet,
 * which starts the app a moment before its click (`tap`); a click with no touch, pointer or focus
 * before it (`noReach`). Prints figures; asserts nothing about them.
 */
const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const BASE = process.env.BENCH_URL ?? "http://127.0.0.1:4280";
const OUT = process.env.BENCH_OUT ?? ".tmp/time-to-iframe.json";

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2
    ? (sorted[mid] as number)
    : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
};

type Way = "prefetch" | "tap" | "noReach";

/** Roughly "Slow 4G": 150 ms round trip, 1.6 Mbit/s down, 750 kbit/s up. */
const SLOW_4G = {
  latencyMs: 150,
  downloadBytesPerSecond: (1.6 * 1024 * 1024) / 8,
  uploadBytesPerSecond: (750 * 1024) / 8,
};

async function measure(browser: import("@playwright/test").Browser, way: Way): Promise<number> {
  const context = await browser.newContext({
    viewport: { width: 360, height: 740 },
    isMobile: true,
    hasTouch: true,
  });
  // The town's Jitsi server is on the same slow line as our own pages; Playwright's routing answers
  // outside Chromium's emulation, so the stand-in waits as that line would.
  await installJitsiStandIn(context, { domain: "jitsi.test", line: SLOW_4G });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send("Emulation.setCPUThrottlingRate", { rate: 4 });
  await cdp.send("Network.enable");
  await cdp.send("Network.emulateNetworkConditions", {
    offline: false,
    latency: SLOW_4G.latencyMs,
    downloadThroughput: SLOW_4G.downloadBytesPerSecond,
    uploadThroughput: SLOW_4G.uploadBytesPerSecond,
  });
  await page.goto(`${BASE}/`, { waitUntil: "networkidle" });
  const button = page
    .getByRole("button", { name: "Konferenz starten" })
    .or(page.getByRole("link", { name: "Konferenz starten" }));
  if (way === "prefetch") {
    // A person's hand on the button a moment before the tap.
    await button.first().hover();
    await page.waitForTimeout(3000);
  }
  // Both ends on the wall clock (ms since 1970): a click that sends the form without the app loads
  // another page (/neu), whose performance.now() starts again from zero.
  let ended = 0;
  const iframeRequest = page.waitForRequest((request) => {
    const url = new URL(request.url());
    const found =
      url.host === "jitsi.test" &&
      !url.pathname.endsWith(".js") &&
      request.resourceType() === "document";
    if (found) ended = Date.now();
    return found;
  });
  let started: number;
  if (way === "tap") {
    // From before Playwright's tap: its own work (a few hundred ms at 4x CPU) counts, alike for
    // every build measured.
    started = await page.evaluate(() => performance.timeOrigin + performance.now());
    await button.first().tap();
  } else {
    // A click that neither hovers nor focuses first (after the hover of `prefetch`: the tap).
    started = await button.first().evaluate((element: HTMLElement) => {
      const now = performance.timeOrigin + performance.now();
      element.click();
      return now;
    });
  }
  await iframeRequest;
  await context.close();
  return ended - started;
}

test("time from the start tap to the meeting iframe", async ({ browser }) => {
  test.setTimeout(RUNS * 2 * 60_000);
  const results: Record<Way, number[]> = { prefetch: [], tap: [], noReach: [] };
  for (let run = 0; run < RUNS; run++) {
    for (const way of ["noReach", "tap", "prefetch"] as const) {
      results[way].push(await measure(browser, way));
    }
  }
  const summary = {
    runs: RUNS,
    withPrefetchMs: Math.round(median(results.prefetch)),
    tapMs: Math.round(median(results.tap)),
    withoutPrefetchMs: Math.round(median(results.noReach)),
    samples: results,
  };
  writeFileSync(OUT, JSON.stringify(summary, null, 2));
  console.log(
    `time to iframe (median of ${RUNS}): with prefetch ${summary.withPrefetchMs} ms, straight tap ${summary.tapMs} ms, no reach ${summary.withoutPrefetchMs} ms`,
  );
});
