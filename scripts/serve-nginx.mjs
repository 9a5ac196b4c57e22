#!/usr/bin/env node
// Serves a production build through the system's nginx with the project's own site config, in the
// foreground. PORT (default 8080) and DIST (default dist) choose the port and the build folder.
import { spawn, spawnSync } from "node:child_process";
import {
  chmodSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const root = resolve(fileURLToPath(new URL("..", import.meta.url)));
const port = Number(process.env.PORT ?? 8080);
const dist = resolve(root, process.env.DIST ?? "dist");

if (!Number.isInteger(port) || port < 1 || port > 65535)
  fail(`PORT must be a port number (got "${process.env.PORT}").`);
if (!existsSync(join(dist, "index.html"))) fail(`No build in ${dist}: run "npm run build" first.`);
const nginx = ["nginx", "/usr/sbin/nginx"].find((bin) => spawnSync(bin, ["-v"]).status === 0);
if (!nginx) fail('nginx is not installed (Debian: "apt-get install nginx").');

const work = mkdtempSync(join(tmpdir(), "prp-nginx-"));
chmodSync(work, 0o755);
for (const dir of ["client_body", "proxy", "fastcgi", "uwsgi", "scgi"]) mkdirSync(join(work, dir));

const site = readFileSync(join(root, "deploy/nginx/app.conf"), "utf8")
  .replaceAll("__PORT__", String(port))
  .replaceAll("__ROOT__", dist);
const mimeTypes = ["/etc/nginx/mime.types", "/usr/local/etc/nginx/mime.types"].find((f) =>
  existsSync(f),
);

writeFileSync(
  join(work, "nginx.conf"),
  `daemon off;
worker_processes 1;
pid ${work}/nginx.pid;
error_log stderr warn;
events { worker_connections 256; }
http {
  ${mimeTypes ? `include ${mimeTypes};` : ""}
  types { application/manifest+json webmanifest; }
  default_type application/octet-stream;
  access_log off;
  sendfile on;
  client_body_temp_path ${work}/client_body;
  proxy_temp_path ${work}/proxy;
  fastcgi_temp_path ${work}/fastcgi;
  uwsgi_temp_path ${work}/uwsgi;
  scgi_temp_path ${work}/scgi;
${site}
}
`,
);

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
