// @vitest-environment node

import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { startScriptAfterPaint } from "./buildSite.mjs";
import { gzipBytes, initialSizes } from "./bundleSizes.mjs";

describe("initialSizes", () => {
  it("counts the scripts a prerendered page's starter fetches, not zero", () => {
    const dist = mkdtempSync(join(tmpdir(), "prp-sizes-"));
    mkdirSync(join(dist, "assets"));
    const entry = "console.log('entry');".repeat(20);
    const react = "console.log('react');".repeat(40);
    writeFileSync(join(dist, "assets", "index-1.js"), entry);
    writeFileSync(join(dist, "assets", "react-1.js"), react);
    const { html } = startScriptAfterPaint(
      '<head><link rel="modulepreload" crossorigin href="/assets/react-1.js">\n<script type="module" crossorigin src="/assets/index-1.js"></script></head><body></body>',
    );
    writeFileSync(join(dist, "index.html"), html);
    const sizes = initialSizes(dist);
    expect(sizes.scripts).toEqual([
      "/assets/index-1.js",
      "/assets/index-1.js",
      "/assets/react-1.js",
    ]);
    expect(sizes.js).toBe(gzipBytes(Buffer.from(entry)) + gzipBytes(Buffer.from(react)));
  });
});
