// The build's one tenant (TENANT=<id>): vite.config.ts points this alias at its file.
import tenant from "@tenant";
import { resolveJitsiDomain } from "./jitsiDomain";
import type { Tenant } from "./tenant";

/**
 * The only reader of import.meta.env (with ./dialInConfig.ts, which the share panel alone
 * imports, so the start page's script stays as small): everything else imports `config`.
 */
function readConfig(tenant: Tenant) {
  const result = resolveJitsiDomain(tenant, import.meta.env.VITE_JITSI_DOMAIN);
  // vite.config.ts runs the same check and stops the build, so this only guards odd setups.
  if (!result.ok) throw new Error(result.message);
  return { tenant, jitsiDomain: result.domain } as const;
}

export const config = readConfig(tenant);
export type AppConfig = typeof config;
