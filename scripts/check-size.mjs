#!/usr/bin/env node
// Size budgets of the landing page (gzip, as nginx sends it), enforced in CI after the e2e build.
// A benchmark prints the figures; this only fails when a budget is broken.
import { existsSync } from "node:fs";
import { join } from "node:path";
import { initialSizes } from "./bundleSizes.mjs";

export const BUDGETS = { html: 14 * 1024, css: 10 * 1024, js: 100 * 1024 };

const dists = process.argv.slice(2);
if (dists.length === 0) dists.push("dist");
let failed = false;
for (const dist of dists) {
  if (!existsSync(join(dist, "index.html"))) {
    console.error(`check:size: no build in ${dist}`);
    process.exit(1);
  }
  const sizes = initialSizes(dist);
  for (const [part, budget] of Object.entries(BUDGETS)) {
    const ok = sizes[part] <= budget;
    failed ||= !ok;
    const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;
    console.log(
      `${ok ? "ok  " : "FAIL"} ${dist} landing ${part.padEnd(4)} ${kb(sizes[part]).padStart(9)} of ${kb(budget)}`,
    );
  }
}
if (failed) {
  console.error("check:size: a size budget is broken (see above).");
  process.exit(1);
}
