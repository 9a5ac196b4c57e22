#!/usr/bin/env node
// Builds the site once per shipped tenant for the end-to-end suite: mode "e2e" (.env.e2e points the
// Jitsi domain at the suite's stand-in) into dist-e2e/<tenant>/, prerendered like production.
import { rmSync } from "node:fs";
import { runnerImport } from "vite";
import { buildSite } from "./buildSite.mjs";

// The towns come from their one list, src/config/tenants/index.ts, read with Vite's module runner
// (TypeScript, as the build reads it). The runner sets NODE_ENV=development when it is unset; the
// builds below must not inherit that (they would bundle React's development build, +60 KB).
const nodeEnv = process.env.NODE_ENV;
const { module: tenants } = await runnerImport("./src/config/tenants/index.ts");
if (nodeEnv === undefined) delete process.env.NODE_ENV;
else process.env.NODE_ENV = nodeEnv;
rmSync("dist-e2e", { recursive: true, force: true });
/** The default town's e2e build keeps .env.e2e's phone dial-in; the others get none. */
const withDialIn = new Set([tenants.DEFAULT_TENANT]);
for (const tenant of Object.keys(tenants.TENANTS)) {
  process.env.TENANT = tenant;
  // An empty variable in the environment wins over .env.e2e and counts as not set.
  for (const name of ["VITE_JITSI_DIALIN_NUMBERS_URL", "VITE_JITSI_DIALIN_CONFCODE_URL"]) {
    if (withDialIn.has(tenant)) delete process.env[name];
    else process.env[name] = "";
  }
  await buildSite({ mode: "e2e", outDir: `dist-e2e/${tenant}`, logLevel: "warn" });
  console.log(`built dist-e2e/${tenant}`);
}
