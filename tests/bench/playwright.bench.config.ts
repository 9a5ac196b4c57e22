import { defineConfig } from "@playwright/test";
import base from "../../playwright.config";

/** Runs the timing benchmark (not a test: it asserts no times) with the suite's browser set-up. */
export default defineConfig({
  ...base,
  testDir: ".",
  testMatch: "*.bench.ts",
  fullyParallel: false,
  workers: 1,
  reporter: [["line"]],
  projects: [{ name: "bench-phone", use: { ...base.projects?.[1]?.use } }],
  // bench.mjs serves the build itself.
  webServer: undefined,
});
