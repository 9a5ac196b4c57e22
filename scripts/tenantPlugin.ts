import type { Plugin } from "vite";
import { parseJitsiDomain, productionDomainProblem } from "../src/config/jitsiDomain.ts";
import type { Tenant } from "../src/config/tenant.ts";
import { HEADERS_SNIPPET } from "./nginxConfig.mjs";
import { nginxHeaderSnippet, securityHeaders } from "./securityHeaders.ts";

const THEME_ID = "virtual:tenant-theme.css";

/** A build error people read: the message only, no stack trace of the build tool. */
function readableError(message: string): Error {
  const error = new Error(message);
  error.stack = `Error: ${message}`;
  return error;
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
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

/**
 * Brands the build for one tenant, writes the nginx security headers for exactly the Jitsi
 * origin it embeds, and stops early with a readable message when that origin is wrong.
 */
export function tenantPlugin(tenant: Tenant, env: Record<string, string>, mode: string): Plugin {
  const raw = env.VITE_JITSI_DOMAIN || tenant.jitsi.domain;
  const source = env.VITE_JITSI_DOMAIN ? "VITE_JITSI_DOMAIN" : `tenant ${tenant.id}: jitsi.domain`;
  const domain = parseJitsiDomain(raw, source);
  if (!domain.ok) throw readableError(domain.message);
  const replacements: Record<string, string> = {
    "%APP_NAME%": tenant.appName,
    "%TOWN%": tenant.town,
    "%THEME_COLOR%": tenant.colors.primary,
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
    },
    resolveId: (id) => (id === THEME_ID ? `\0${THEME_ID}` : null),
    load: (id) => (id === `\0${THEME_ID}` ? themeCss(tenant) : null),
    transformIndexHtml: (html) =>
      html.replace(/%(APP_NAME|TOWN|THEME_COLOR)%/g, (key) => escapeHtml(replacements[key] ?? key)),
    generateBundle() {
      const headers = securityHeaders({
        jitsiOrigin: `https://${domain.domain}`,
        frameAncestors: tenant.frameAncestors,
      });
      this.emitFile({
        type: "asset",
        fileName: HEADERS_SNIPPET,
        source: nginxHeaderSnippet(headers),
      });
    },
  };
}
