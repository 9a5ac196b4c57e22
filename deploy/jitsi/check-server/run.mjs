#!/usr/bin/env node
// Starts check:server (main.ts). Node 20 cannot run TypeScript itself, so Vite, which builds the
// site already, compiles the .ts files on the fly (no config file, no plugins, nothing written).
import { dirname } from "node:path";
import { fileURLToPath } from "node:url";
import { runnerImport } from "vite";

const entry = fileURLToPath(new URL("main.ts", import.meta.url));
const { module } = await runnerImport(entry, {
  configFile: false,
  root: dirname(entry),
  logLevel: "error",
});
process.exitCode = await module.main(process.argv.slice(2));
