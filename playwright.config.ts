import { fileURLToPath } from "node:url";
import { defineConfig, devices } from "@playwright/test";
import { chromiumLaunchOptions } from "./scripts/chromium.mjs";
import { DEFAULT_TENANT, TENANTS } from "./src/config/tenants/index.ts";

/**
 * Each shipped town (src/config/tenants/index.ts, the one list) has its e2e build
 * (scripts/build-e2e.mjs) served by its own nginx, on the ports from E2E_PORT_BASE in the list's
 * order: the default town first.
 */
const PORT_BASE = Number(process.env.E2E_PORT_BASE ?? 4173);
export const TENANT_PORTS: Readonly<Record<string, number>> = Object.fromEntries(
  Object.keys(TENANTS).map((tenant, index) => [tenant, PORT_BASE + index]),
);

/**
 * What the suite runs for a town other than the default one: the core flows on a desktop, unless
 * the town is listed here. Bühl also runs the dial-in spec (its build has none, and shows that
 * nothing changes without it); Ettlingen runs on a phone.
 */
const OTHER_TOWNS: Readonly<
  Record<string, { device: keyof typeof devices; extraSpecs?: string[] }>
> = {
  buehl: { device: "Desktop Chrome", extraSpecs: ["e2e/dial-in.spec.ts"] },
  ettlingen: { device: "Galaxy S8" },
};
const CORE_SPECS = ["e2e/core.spec.ts", "e2e/tenants.spec.ts"];

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
const origin = (tenant: string) => `http://127.0.0.1:${TENANT_PORTS[tenant]}`;

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
    // The default town (Bretten): every spec, on a desktop and on a 360 px wide phone.
    {
      name: "desktop",
      use: { ...devices["Desktop Chrome"], ...common, baseURL: origin(DEFAULT_TENANT) },
    },
    { name: "phone", use: { ...devices["Galaxy S8"], ...common, baseURL: origin(DEFAULT_TENANT) } },
    // Every other shipped town: the core flows (OTHER_TOWNS above).
    ...Object.keys(TENANTS)
      .filter((tenant) => tenant !== DEFAULT_TENANT)
      .map((tenant) => {
        const { device = "Desktop Chrome", extraSpecs = [] } = OTHER_TOWNS[tenant] ?? {};
        return {
          name: tenant,
          testMatch: [...CORE_SPECS, ...extraSpecs],
          use: { ...devices[device], ...common, baseURL: origin(tenant), tenantId: tenant },
        };
      }),
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
