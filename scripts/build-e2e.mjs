#!/usr/bin/env node
// Builds the app once per shipped tenant for the end-to-end suite: mode "e2e" (.env.e2e points the
// Jitsi domain at the suite's stand-in) into dist-e2e/<tenant>/.
import { rmSync } from "node:fs";
import { build } from "vite";

const tenants = ["bretten", "buehl", "ettlingen"];
rmSync("dist-e2e", { recursive: true, force: true });
for (const tenant of tenants) {
  process.env.TENANT = tenant;
  await build({
    mode: "e2e",
    logLevel: "warn",
    build: { outDir: `dist-e2e/${tenant}`, emptyOutDir: true },
  });
  console.log(`built dist-e2e/${tenant}`);
}
