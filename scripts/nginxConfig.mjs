// Renders the nginx configuration for a build: the project's site (deploy/nginx/app.conf) wrapped
// in a minimal main config that runs unprivileged from a scratch folder.
import { existsSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

export const projectRoot = resolve(fileURLToPath(new URL("..", import.meta.url)));
/** Written by the build (scripts/tenantPlugin.ts) inside its output; nginx never serves dot-paths. */
export const HEADERS_SNIPPET = ".nginx/security-headers.conf";
/** The maps that choose a page's language, written by the build too (scripts/nginxLanguages.ts). */
export const LANGUAGES_SNIPPET = ".nginx/languages.conf";

/** The site block for `dist`, listening on `port`. */
export function renderSite({ port, dist }) {
  const [headers, languages] = [HEADERS_SNIPPET, LANGUAGES_SNIPPET].map((file) => join(dist, file));
  for (const snippet of [headers, languages]) {
    if (!existsSync(snippet)) throw new Error(`${snippet} is missing: build with "npm run build".`);
  }
  return readFileSync(join(projectRoot, "deploy/nginx/app.conf"), "utf8")
    .replaceAll("__PORT__", String(port))
    .replaceAll("__ROOT__", dist)
    .replaceAll("__SECURITY_HEADERS__", headers)
    .replaceAll("__LANGUAGE_MAPS__", languages);
}

/** A complete nginx.conf that keeps pid, temp files and logs in `work`. */
export function renderMain({ work, site }) {
  const mimeTypes = ["/etc/nginx/mime.types", "/usr/local/etc/nginx/mime.types"].find((file) =>
    existsSync(file),
  );
  return `daemon off;
worker_processes 1;
pid ${work}/nginx.pid;
error_log stderr warn;
events { worker_connections 256; }
http {
  ${mimeTypes ? `include ${mimeTypes};` : ""}
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
`;
}
