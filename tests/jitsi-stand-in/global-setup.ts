/**
 * Playwright global setup: builds Jitsi's real current iframe API and meeting-page modules from
 * the pinned npm package into the gitignored cache (reused while the pin is unchanged), before
 * any test serves them through the stand-in. Prints the build time.
 */
import { buildRealJitsi } from "./real/build.mjs";

export default async function globalSetup(): Promise<void> {
  await buildRealJitsi();
}
