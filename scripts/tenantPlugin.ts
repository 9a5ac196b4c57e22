import type { Plugin } from "vite";
import { parseJitsiDomain } from "../src/config/jitsiDomain.ts";
import type { Tenant } from "../src/config/tenant.ts";

const THEME_ID = "virtual:tenant-theme.css";

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
 * Brands the build for one tenant and stops it early, with a readable message, when the Jitsi
 * domain is malformed.
 */
export function tenantPlugin(tenant: Tenant, env: Record<string, string>): Plugin {
  const raw = env.VITE_JITSI_DOMAIN || tenant.jitsi.domain;
  const domain = parseJitsiDomain(
    raw,
    env.VITE_JITSI_DOMAIN ? "VITE_JITSI_DOMAIN" : `tenant ${tenant.id}: jitsi.domain`,
  );
  if (!domain.ok) throw new Error(domain.message);
  const replacements: Record<string, string> = {
    "%APP_NAME%": tenant.appName,
    "%TOWN%": tenant.town,
    "%THEME_COLOR%": tenant.colors.primary,
  };
  return {
    name: "tenant",
    resolveId: (id) => (id === THEME_ID ? `\0${THEME_ID}` : null),
    load: (id) => (id === `\0${THEME_ID}` ? themeCss(tenant) : null),
    transformIndexHtml: (html) =>
      html.replace(/%(APP_NAME|TOWN|THEME_COLOR)%/g, (key) => escapeHtml(replacements[key] ?? key)),
  };
}
