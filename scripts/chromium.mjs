// The browser the end-to-end suite, the stand-in's self-test and the benchmark drive: Debian's
// Chromium where it exists (these machines cannot download Playwright's own browser), else
// Playwright's bundled one; PLAYWRIGHT_BUNDLED=1 forces the bundled one.
import { existsSync } from "node:fs";

/** Flags for a headless Chromium that reaches nothing on its own (no updates, sync or QUIC). */
export const CHROMIUM_FLAGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

/** The system's Chromium, or undefined to let Playwright use its own. */
export function systemChromium() {
  if (process.env.PLAYWRIGHT_BUNDLED) return undefined;
  return ["/usr/bin/chromium", "/usr/bin/chromium-browser"].find((path) => existsSync(path));
}

/** Playwright launch options for that browser. */
export function chromiumLaunchOptions() {
  const executablePath = systemChromium();
  return { ...(executablePath ? { executablePath } : {}), args: CHROMIUM_FLAGS };
}
