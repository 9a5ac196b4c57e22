import { fileURLToPath } from "node:url";
import { defineConfig, devices } from "@playwright/test";
import { chromiumLaunchOptions } from "./scripts/chromium.mjs";

/** Each shipped town's e2e build (scripts/build-e2e.mjs) is served by its own nginx. */
const PORT_BASE = Number(process.env.E2E_PORT_BASE ?? 4173);
export const TENANT_PORTS = {
  bretten: PORT_BASE,
  buehl: PORT_BASE + 1,
  ettlingen: PORT_BASE + 2,
} as const;

const launchOptions = chromiumLaunchOptions();

/**
 * E2E_SCRIPT_DELAY_MS holds every script back (tests/e2e/fixtures.ts) to find tests that depend on
 * the app having started before their click; a call's chain of chunks then takes longer to show.
 */
const SCRIPT_DELAY = Number(process.env.E2E_SCRIPT_DELAY_MS ?? 0);

const common = {
  locale: "de-DE",
  timezoneId: "Europe/Berlin",
  trace: "off" as const,
  launchOptions,
};
const origin = (tenant: keyof typeof TENANT_PORTS) => `http://127.0.0.1:${TENANT_PORTS[tenant]}`;

export default defineConfig<{ tenantId: string }>({
  testDir: "tests",
  testMatch: "**/*.spec.ts",
  // Builds (or reuses) Jitsi's real external_api.js for the stand-in: tests/jitsi-stand-in/real.
  // An absolute path: tests/bench/playwright.bench.config.ts reuses this config from elsewhere.
  globalSetup: fileURLToPath(new URL("./tests/jitsi-stand-in/global-setup.ts", import.meta.url)),
  fullyParallel: true,
  workers: process.env.CI ? 2 : undefined,
  retries: 0,
  ...(SCRIPT_DELAY > 0 && {
    expect: { timeout: 5_000 + 6 * SCRIPT_DELAY },
    timeout: 30_000 + 20 * SCRIPT_DELAY,
  }),
  forbidOnly: !!process.env.CI,
  reporter: [["list"]],
  use: common,
  projects: [
    // Bretten, the default town: every spec, on a desktop and on a 360 px wide phone.
    {
      name: "desktop",
      use: { ...devices["Desktop Chrome"], ...common, baseURL: origin("bretten") },
    },
    { name: "phone", use: { ...devices["Galaxy S8"], ...common, baseURL: origin("bretten") } },
    // The other shipped towns: the core flows, one on a desktop, one on a phone.
    {
      name: "buehl",
      // dial-in: Bühl's build has none, and shows that nothing changes without it.
      testMatch: ["e2e/core.spec.ts", "e2e/tenants.spec.ts", "e2e/dial-in.spec.ts"],
      use: { ...devices["Desktop Chrome"], ...common, baseURL: origin("buehl"), tenantId: "buehl" },
    },
    {
      name: "ettlingen",
      testMatch: ["e2e/core.spec.ts", "e2e/tenants.spec.ts"],
      use: {
        ...devices["Galaxy S8"],
        ...common,
        baseURL: origin("ettlingen"),
        tenantId: "ettlingen",
      },
    },
  ],
  webServer: Object.entries(TENANT_PORTS).map(([tenant, port]) => ({
    command: "node scripts/serve-nginx.mjs",
    env: { PORT: String(port), DIST: `dist-e2e/${tenant}` },
    url: `http://127.0.0.1:${port}/`,
    reuseExistingServer: !process.env.CI,
    timeout: 60_000,
    stdout: "ignore" as const,
    stderr: "pipe" as const,
  })),
});
