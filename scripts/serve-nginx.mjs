#!/usr/bin/env node
// Serves a production build through the system's nginx with the project's own site config, in the
// foreground. PORT (default 8080) and DIST (default dist) choose the port and the build folder.
import { spawn, spawnSync } from "node:child_process";
import { chmodSync, existsSync, mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { projectRoot, renderMain, renderSite } from "./nginxConfig.mjs";

const port = Number(process.env.PORT ?? 8080);
const dist = resolve(projectRoot, process.env.DIST ?? "dist");

if (!Number.isInteger(port) || port < 1 || port > 65535) {
  fail(`PORT must be a port number (got "${process.env.PORT}").`);
}
if (!existsSync(join(dist, "index.html"))) fail(`No build in ${dist}: run "npm run build" first.`);
const nginx = ["nginx", "/usr/sbin/nginx"].find((bin) => spawnSync(bin, ["-v"]).status === 0);
if (!nginx) fail('nginx is not installed (Debian: "apt-get install nginx").');

const work = mkdtempSync(join(tmpdir(), "prp-nginx-"));
chmodSync(work, 0o755);
for (const dir of ["client_body", "proxy", "fastcgi", "uwsgi", "scgi"]) mkdirSync(join(work, dir));
let site;
try {
  site = renderSite({ port, dist });
} catch (error) {
  fail(error.message);
}
writeFileSync(join(work, "nginx.conf"), renderMain({ work, site }));

const args = ["-c", join(work, "nginx.conf"), "-p", work, "-e", "stderr"];
const test = spawnSync(nginx, [...args, "-t", "-q"], { stdio: "inherit" });
if (test.status !== 0) fail("nginx rejected the generated configuration (see above).");

console.log(`Serving ${dist} with nginx on http://localhost:${port}/`);
const child = spawn(nginx, args, { stdio: "inherit" });
for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => child.kill("SIGQUIT"));
child.on("exit", (code) => process.exit(code ?? 0));

function fail(message) {
  console.error(`serve:nginx: ${message}`);
  process.exit(1);
}
