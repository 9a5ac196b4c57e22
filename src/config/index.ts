// The build's one tenant (TENANT=<id>): vite.config.ts points this alias at its file.
import tenant from "@tenant";
import { DEFAULT_MUC_DOMAIN, type DialInConfig } from "./dialIn";
import { parseJitsiDomain } from "./jitsiDomain";
import type { Tenant } from "./tenant";

/** The only reader of import.meta.env: everything else imports `config`. */
function readConfig(tenant: Tenant) {
  const env = import.meta.env;
  const override = env.VITE_JITSI_DOMAIN;
  const result = override
    ? parseJitsiDomain(override, "VITE_JITSI_DOMAIN")
    : parseJitsiDomain(tenant.jitsi.domain, `tenant ${tenant.id}: jitsi.domain`);
  // vite.config.ts runs the same check and stops the build, so this only guards odd setups.
  if (!result.ok) throw new Error(result.message);
  // Phone dial-in: the build checks these (resolveDialIn in scripts/tenantPlugin.ts); they are
  // only picked here, so the start page's script does not carry the checks.
  const dialIn: DialInConfig | null =
    env.VITE_JITSI_DIALIN_NUMBERS_URL && env.VITE_JITSI_DIALIN_CONFCODE_URL
      ? {
          numbersUrl: env.VITE_JITSI_DIALIN_NUMBERS_URL,
          confCodeUrl: env.VITE_JITSI_DIALIN_CONFCODE_URL,
          mucDomain: env.VITE_JITSI_DIALIN_MUC_DOMAIN || DEFAULT_MUC_DOMAIN,
        }
      : tenant.jitsi.dialIn;
  return { tenant, jitsiDomain: result.domain, dialIn } as const;
}

export const config = readConfig(tenant);
export type AppConfig = typeof config;
