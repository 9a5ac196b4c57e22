// @vitest-environment node
import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { PRERENDERED_PAGES } from "../src/config/paths.ts";
import { HEADERS_SNIPPET, LANGUAGES_SNIPPET, renderMain, renderSite } from "./nginxConfig.mjs";
import { nginxLanguageMaps } from "./nginxLanguages.ts";
import { nginxHeaderSnippet, securityHeaders } from "./securityHeaders.ts";

/** A scratch build folder with what the real build writes for nginx. */
function fakeBuild(): string {
  const dist = mkdtempSync(join(tmpdir(), "prp-dist-"));
  writeFileSync(join(dist, "index.html"), "<!doctype html><title>x</title>");
  mkdirSync(join(dist, ".nginx"));
  const headers = securityHeaders({ jitsiOrigin: "https://meet.bretten.de", frameAncestors: [] });
  writeFileSync(join(dist, HEADERS_SNIPPET), nginxHeaderSnippet(headers));
  writeFileSync(join(dist, LANGUAGES_SNIPPET), nginxLanguageMaps());
  return dist;
}

describe("the generated nginx configuration", () => {
  it("passes nginx -t", () => {
    const work = mkdtempSync(join(tmpdir(), "prp-nginx-test-"));
    for (const dir of ["client_body", "proxy", "fastcgi", "uwsgi", "scgi"])
      mkdirSync(join(work, dir));
    const site = renderSite({ port: 18080, dist: fakeBuild() });
    writeFileSync(join(work, "nginx.conf"), renderMain({ work, site }));
    const result = spawnSync(
      "nginx",
      ["-t", "-c", join(work, "nginx.conf"), "-p", work, "-e", "stderr"],
      {
        encoding: "utf8",
      },
    );
    expect(result.error, "nginx must be installed (apt-get install nginx)").toBeUndefined();
    expect(result.stderr).toMatch(/test is successful/);
    expect(result.status).toBe(0);
  });

  it("serves exactly the prerendered pages from _pages", () => {
    const site = readFileSync(join(import.meta.dirname, "../deploy/nginx/app.conf"), "utf8");
    const paths = site.match(/location ~ \^\/\(\?<prp_page>([^)]+)\)\$/)?.[1]?.split("|") ?? [];
    const expected = Object.keys(PRERENDERED_PAGES)
      .filter((path) => path !== "/")
      .map((path) => path.slice(1));
    expect(paths.sort()).toEqual(expected.sort());
    for (const path of paths) expect(PRERENDERED_PAGES[`/${path}`]).toBe(`${path}.html`);
  });

  it("refuses to render without the headers the build writes", () => {
    const dist = mkdtempSync(join(tmpdir(), "prp-dist-"));
    expect(() => renderSite({ port: 18080, dist })).toThrow(/security-headers\.conf is missing/);
  });
});
