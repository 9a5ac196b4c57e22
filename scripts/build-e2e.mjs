#!/usr/bin/env node
// Builds the site once per shipped tenant for the end-to-end suite: mode "e2e" (.env.e2e points the
// Jitsi domain at the suite's stand-in) into dist-e2e/<tenant>/, prerendered like production.
import { rmSync } from "node:fs";
import { buildSite } from "./buildSite.mjs";

const tenants = ["bretten", "buehl", "ettlingen"];
rmSync("dist-e2e", { recursive: true, force: true });
for (const tenant of tenants) {
  process.env.TENANT = tenant;
  await buildSite({ mode: "e2e", outDir: `dist-e2e/${tenant}`, logLevel: "warn" });
  console.log(`built dist-e2e/${tenant}`);
}
