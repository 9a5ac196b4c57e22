import { writeFileSync } from "node:fs";
import { test } from "@playwright/test";
import { installJitsiStandIn } from "../jitsi-stand-in";

/**
 * Time from the tap on "Konferenz starten" to the request of the meeting iframe, on a phone under
 * 4x CPU slowdown and a slow mobile network, with and without the prefetch that hovering, focusing
 * or touching the button starts. Prints figures; asserts nothing about them.
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

async function measure(
  browser: import("@playwright/test").Browser,
  withPrefetch: boolean,
): Promise<number> {
  const context = await browser.newContext({
    viewport: { width: 360, height: 740 },
    isMobile: true,
    hasTouch: true,
  });
  await installJitsiStandIn(context, { domain: "jitsi.test" });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send("Emulation.setCPUThrottlingRate", { rate: 4 });
  // Roughly "Slow 4G": 150 ms round trip, 1.6 Mbit/s down, 750 kbit/s up.
  await cdp.send("Network.enable");
  await cdp.send("Network.emulateNetworkConditions", {
    offline: false,
    latency: 150,
    downloadThroughput: (1.6 * 1024 * 1024) / 8,
    uploadThroughput: (750 * 1024) / 8,
  });
  await page.goto(`${BASE}/`, { waitUntil: "networkidle" });
  const button = page
    .getByRole("button", { name: "Konferenz starten" })
    .or(page.getByRole("link", { name: "Konferenz starten" }));
  if (withPrefetch) {
    // A person's hand on the button a moment before the tap.
    await button.first().hover();
    await page.waitForTimeout(3000);
  }
  const iframeRequest = page.waitForRequest((request) => {
    const url = new URL(request.url());
    return (
      url.host === "jitsi.test" &&
      !url.pathname.endsWith(".js") &&
      request.resourceType() === "document"
    );
  });
  const started = await page.evaluate(() => performance.now());
  // Without prefetch: a click that neither hovers nor focuses first.
  await button.first().evaluate((element: HTMLElement) => element.click());
  await iframeRequest;
  const ended = await page.evaluate(() => performance.now());
  await context.close();
  return ended - started;
}

test("time from the start tap to the meeting iframe", async ({ browser }) => {
  test.setTimeout(RUNS * 2 * 60_000);
  const results: Record<string, number[]> = { prefetch: [], noPrefetch: [] };
  for (let run = 0; run < RUNS; run++) {
    results.noPrefetch?.push(await measure(browser, false));
    results.prefetch?.push(await measure(browser, true));
  }
  const summary = {
    runs: RUNS,
    withPrefetchMs: Math.round(median(results.prefetch ?? [])),
    withoutPrefetchMs: Math.round(median(results.noPrefetch ?? [])),
    samples: results,
  };
  writeFileSync(OUT, JSON.stringify(summary, null, 2));
  console.log(
    `time to iframe (median of ${RUNS}): with prefetch ${summary.withPrefetchMs} ms, without ${summary.withoutPrefetchMs} ms`,
  );
});
