/**
 * Standalone Playwright config for the Jitsi STAND-IN self-test only:
 *   npx playwright test -c tests/jitsi-stand-in/playwright.standin.config.ts
 */
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { defineConfig } from "@playwright/test";

export default defineConfig({
  testDir: fileURLToPath(new URL(".", import.meta.url)),
  testMatch: "stand-in.spec.ts",
  outputDir: join(tmpdir(), "jitsi-stand-in-test-results"),
  reporter: "list",
  timeout: 30_000,
  use: {
    browserName: "chromium",
    launchOptions: {
      executablePath: "/usr/bin/chromium",
      args: [
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
      ],
    },
  },
});
