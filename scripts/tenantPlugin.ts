import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { Plugin } from "vite";
import { dialInOrigins, productionDialInProblem, resolveDialIn } from "../src/config/dialIn.ts";
import { productionDomainProblem, resolveJitsiDomain } from "../src/config/jitsiDomain.ts";
import { PRERENDERED_PAGES } from "../src/config/paths.ts";
import type { Tenant } from "../src/config/tenant.ts";
import { acceptLanguageTags, findLanguage, resolveLanguage } from "../src/i18n/languages.ts";
import { escapeHtml } from "./escapeHtml.mjs";
import { HEADERS_SNIPPET, LANGUAGES_SNIPPET } from "./nginxConfig.mjs";
import { nginxLanguageMaps } from "./nginxLanguages.ts";
import { nginxHeaderSnippet, securityHeaders } from "./securityHeaders.ts";

const THEME_ID = "virtual:tenant-theme.css";

/** A build error people read: the message only, no stack trace of the build tool. */
function readableError(message: string): Error {
  const error = new Error(message);
  error.stack = `Error: ${message}`;
  return error;
}

/** The tenant's colours as CSS custom properties, bundled into the stylesheet (no inline style). */
export function themeCss(tenant: Tenant): string {
  const vars = Object.entries(tenant.colors)
    .map(
      ([name, value]) =>
        `  --color-${name.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}: ${value};`,
    )
    .join("\n");
  return `:root {\n${vars}\n}\n`;
}

/** The web app manifest: the tenant's name, colours and icons. */
export function manifest(tenant: Tenant): string {
  return JSON.stringify(
    {
      name: `${tenant.appName} – Videokonferenz der Stadt ${tenant.town}`,
      short_name: tenant.appName,
      lang: "de",
      start_url: "/",
      display: "standalone",
      background_color: tenant.colors.background,
      theme_color: tenant.colors.primary,
      icons: [
        { src: "/favicon.svg", sizes: "any", type: "image/svg+xml", purpose: "any" },
        { src: "/logo.svg", sizes: "any", type: "image/svg+xml", purpose: "any" },
      ],
    },
    null,
    2,
  );
}

/** Files every tenant supplies in tenants/<id>/, served at the site's root. */
const TENANT_FILES = ["logo.svg", "favicon.svg"] as const;

/**
 * Brands the build for one tenant, writes the nginx security headers for exactly the Jitsi
 * origin it embeds, and stops early with a readable message when that origin is wrong.
 */
export function tenantPlugin(
  { tenant, assets }: { tenant: Tenant; assets: string },
  env: Record<string, string>,
  mode: string,
): Plugin {
  const files: Record<string, { type: string; body: string }> = {
    "manifest.webmanifest": { type: "application/manifest+json", body: manifest(tenant) },
  };
  for (const name of TENANT_FILES) {
    try {
      files[name] = { type: "image/svg+xml", body: readFileSync(join(assets, name), "utf8") };
    } catch {
      throw readableError(`tenant ${tenant.id}: tenants/${tenant.id}/${name} is missing.`);
    }
  }
  const domain = resolveJitsiDomain(tenant, env.VITE_JITSI_DOMAIN);
  if (!domain.ok) throw readableError(domain.message);
  const dialIn = resolveDialIn(
    {
      numbersUrl: env.VITE_JITSI_DIALIN_NUMBERS_URL,
      confCodeUrl: env.VITE_JITSI_DIALIN_CONFCODE_URL,
      mucDomain: env.VITE_JITSI_DIALIN_MUC_DOMAIN,
    },
    tenant.jitsi.dialIn,
    tenant.id,
  );
  if (!dialIn.ok) throw readableError(dialIn.message);
  const replacements: Record<string, string> = {
    "%APP_NAME%": tenant.appName,
    "%TOWN%": tenant.town,
    "%THEME_COLOR%": tenant.colors.primary,
    // The town's Jitsi server: the browser opens the connection while the page loads (preconnect).
    "%JITSI_ORIGIN%": `https://${domain.domain}`,
  };
  return {
    name: "tenant",
    configResolved(config) {
      if (config.command !== "build" || mode !== "production") return;
      const problem = productionDomainProblem(
        domain.domain,
        tenant.jitsi.ownDomains,
        env.ALLOW_EXTERNAL_JITSI === "true",
      );
      if (problem) throw readableError(problem);
      const dialInProblem = productionDialInProblem(
        dialIn.dialIn,
        tenant.jitsi.ownDomains,
        env.ALLOW_EXTERNAL_JITSI === "true",
      );
      if (dialInProblem) throw readableError(dialInProblem);
    },
    configurePreviewServer(server) {
      // `npm run preview` maps paths to files as nginx does (deploy/nginx/app.conf): a prerendered
      // page in the language the app would pick (?lang=, else the browser's), every other path the
      // shell app.html.
      server.middlewares.use((request, _response, next) => {
        const url = new URL(request.url ?? "/", "http://preview.invalid");
        const file = PRERENDERED_PAGES[url.pathname];
        if (file) {
          const chosen = findLanguage(url.searchParams.get("lang"));
          const browser = acceptLanguageTags(String(request.headers["accept-language"] ?? ""));
          const language = resolveLanguage(chosen?.code ?? null, browser);
          request.url = `/_pages/${language}/${chosen ? "chosen/" : ""}${file}`;
        } else if (!url.pathname.includes(".")) {
          request.url = "/app.html";
        }
        next();
      });
    },
    configureServer(server) {
      // Dev server: the tenant's files at the root, as the build writes them.
      server.middlewares.use((request, response, next) => {
        const file = files[(request.url ?? "").split("?")[0]?.slice(1) ?? ""];
        if (!file) return next();
        response.setHeader("Content-Type", file.type);
        response.end(file.body);
      });
    },
    resolveId: (id) => (id === THEME_ID ? `\0${THEME_ID}` : null),
    load: (id) => (id === `\0${THEME_ID}` ? themeCss(tenant) : null),
    transformIndexHtml: (html) =>
      html.replace(/%(APP_NAME|TOWN|THEME_COLOR|JITSI_ORIGIN)%/g, (key) =>
        escapeHtml(replacements[key] ?? key),
      ),
    generateBundle() {
      const headers = securityHeaders({
        jitsiOrigin: `https://${domain.domain}`,
        frameAncestors: tenant.frameAncestors,
        connectOrigins: dialInOrigins(dialIn.dialIn),
      });
      for (const [fileName, file] of Object.entries(files)) {
        this.emitFile({ type: "asset", fileName, source: file.body });
      }
      this.emitFile({
        type: "asset",
        fileName: HEADERS_SNIPPET,
        source: nginxHeaderSnippet(headers),
      });
      this.emitFile({ type: "asset", fileName: LANGUAGES_SNIPPET, source: nginxLanguageMaps() });
    },
  };
}
