// The build's one tenant (TENANT=<id>): vite.config.ts points this alias at its file.
import tenant from "@tenant";
import { parseJitsiDomain } from "./jitsiDomain";
import type { Tenant } from "./tenant";

/**
 * The only reader of import.meta.env (with ./dialInConfig.ts, which the share panel alone
 * imports, so the start page's script stays as small): everything else imports `config`.
 */
function readConfig(tenant: Tenant) {
  const override = import.meta.env.VITE_JITSI_DOMAIN;
  const result = override
    ? parseJitsiDomain(override, "VITE_JITSI_DOMAIN")
    : parseJitsiDomain(tenant.jitsi.domain, `tenant ${tenant.id}: jitsi.domain`);
  // vite.config.ts runs the same check and stops the build, so this only guards odd setups.
  if (!result.ok) throw new Error(result.message);
  return { tenant, jitsiDomain: result.domain } as const;
}

export const config = readConfig(tenant);
export type AppConfig = typeof config;
