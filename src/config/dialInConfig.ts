// Phone dial-in's services for this build, read apart from ./index.ts: only the share panel (a
// lazy chunk) imports this, so the start page's script does not grow by it.
import tenant from "@tenant";
import { DEFAULT_MUC_DOMAIN, type DialInConfig } from "./dialIn";

/**
 * VITE_JITSI_DIALIN_NUMBERS_URL and VITE_JITSI_DIALIN_CONFCODE_URL over the tenant's
 * `jitsi.dialIn`; null: the town offers no dial-in. The build has checked them (resolveDialIn in
 * scripts/tenantPlugin.ts: https, both or neither, the town's own domains in production).
 */
export const dialInConfig: DialInConfig | null =
  import.meta.env.VITE_JITSI_DIALIN_NUMBERS_URL && import.meta.env.VITE_JITSI_DIALIN_CONFCODE_URL
    ? {
        numbersUrl: import.meta.env.VITE_JITSI_DIALIN_NUMBERS_URL,
        confCodeUrl: import.meta.env.VITE_JITSI_DIALIN_CONFCODE_URL,
        mucDomain: import.meta.env.VITE_JITSI_DIALIN_MUC_DOMAIN || DEFAULT_MUC_DOMAIN,
      }
    : tenant.jitsi.dialIn;
