/**
 * Standalone Playwright config for the Jitsi STAND-IN self-test only:
 *   npx playwright test -c tests/jitsi-stand-in/playwright.standin.config.ts
 */
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { defineConfig } from "@playwright/test";
import { chromiumLaunchOptions } from "../../scripts/chromium.mjs";

export default defineConfig({
  testDir: fileURLToPath(new URL(".", import.meta.url)),
  testMatch: "stand-in.spec.ts",
  globalSetup: "./global-setup.ts",
  outputDir: join(tmpdir(), "jitsi-stand-in-test-results"),
  reporter: "list",
  timeout: 30_000,
  use: {
    browserName: "chromium",
    launchOptions: chromiumLaunchOptions(),
  },
});
