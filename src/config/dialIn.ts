// Phone dial-in (Jigasi): where the share panel asks for the numbers and a room's PIN. Both
// services speak the protocol jitsi-meet's own invite dialog uses (dialInNumbersUrl and
// dialInConfCodeUrl), so any conference mapper made for Jitsi works.

export interface DialInConfig {
  /** The list of phone numbers (jitsi-meet's `dialInNumbersUrl`), e.g. a static JSON. */
  numbersUrl: string;
  /** The conference mapper, room ↔ numeric PIN (jitsi-meet's `dialInConfCodeUrl`). */
  confCodeUrl: string;
  /**
   * The XMPP MUC domain the rooms live in (jitsi-meet's `hosts.muc`): the mapper stores
   * `<room>@<muc>` and the SIP gateway joins exactly that room. docker-jitsi-meet: muc.meet.jitsi.
   */
  mucDomain: string;
}

export type DialInResult =
  | { ok: true; dialIn: DialInConfig | null }
  | { ok: false; message: string };

/** docker-jitsi-meet's XMPP_MUC_DOMAIN (deploy/jitsi/), the default when only the URLs are set. */
export const DEFAULT_MUC_DOMAIN = "muc.meet.jitsi";

const MUC_PATTERN =
  /^(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$/;

/** An https URL without credentials or fragment; the query is kept (jitsi-meet adds with "&"). */
export function parseServiceUrl(
  raw: string,
  source: string,
): { ok: true; url: string } | { ok: false; message: string } {
  let url: URL;
  try {
    url = new URL(raw.trim());
  } catch {
    return { ok: false, message: `${source} must be a full https:// URL (got "${raw}").` };
  }
  if (url.protocol !== "https:" || url.username || url.password || url.hash) {
    return {
      ok: false,
      message: `${source} must be an https:// URL without user, password or #fragment (got "${raw}").`,
    };
  }
  return { ok: true, url: url.href };
}

export interface DialInSources {
  numbersUrl?: string;
  confCodeUrl?: string;
  mucDomain?: string;
}

/**
 * Both URLs or neither: a PIN without a number (or the reverse) helps nobody. `env` (the
 * VITE_JITSI_DIALIN_* settings) overrides the tenant's `jitsi.dialIn` as a whole.
 */
export function resolveDialIn(
  env: DialInSources,
  tenant: DialInConfig | null,
  tenantId: string,
): DialInResult {
  const fromEnv = Boolean(env.numbersUrl || env.confCodeUrl);
  const names = fromEnv
    ? [
        "VITE_JITSI_DIALIN_NUMBERS_URL",
        "VITE_JITSI_DIALIN_CONFCODE_URL",
        "VITE_JITSI_DIALIN_MUC_DOMAIN",
      ]
    : ["numbersUrl", "confCodeUrl", "mucDomain"].map(
        (key) => `tenant ${tenantId}: jitsi.dialIn.${key}`,
      );
  const source = fromEnv ? env : tenant;
  if (!source) return { ok: true, dialIn: null };
  if (!source.numbersUrl || !source.confCodeUrl) {
    return {
      ok: false,
      message: `Phone dial-in needs both ${names[0]} and ${names[1]}, or neither.`,
    };
  }
  const numbers = parseServiceUrl(source.numbersUrl, names[0] as string);
  if (!numbers.ok) return numbers;
  const confCode = parseServiceUrl(source.confCodeUrl, names[1] as string);
  if (!confCode.ok) return confCode;
  const mucDomain = (source.mucDomain || DEFAULT_MUC_DOMAIN).trim().toLowerCase();
  if (!MUC_PATTERN.test(mucDomain)) {
    return {
      ok: false,
      message: `${names[2]} must be a domain name, e.g. ${DEFAULT_MUC_DOMAIN} (got "${source.mucDomain}").`,
    };
  }
  return { ok: true, dialIn: { numbersUrl: numbers.url, confCodeUrl: confCode.url, mucDomain } };
}

/** The origins the browser fetches from: exactly these go into the CSP's connect-src. */
export function dialInOrigins(dialIn: DialInConfig | null): string[] {
  if (!dialIn) return [];
  return [...new Set([new URL(dialIn.numbersUrl).origin, new URL(dialIn.confCodeUrl).origin])];
}

/** Like the Jitsi server, the dial-in services must be the town's own (same opt-out). */
export function productionDialInProblem(
  dialIn: DialInConfig | null,
  ownDomains: readonly string[],
  allowExternal: boolean,
): string | null {
  if (!dialIn || allowExternal) return null;
  const foreign = dialInOrigins(dialIn)
    .map((origin) => new URL(origin).hostname)
    .filter((host) => !ownDomains.some((own) => host === own || host.endsWith(`.${own}`)));
  if (foreign.length === 0) return null;
  return [
    `This production build would ask ${foreign.join(", ")} for phone numbers and PINs, a server the town`,
    `does not run (its own domains: ${ownDomains.join(", ") || "none configured"}).`,
    "Point VITE_JITSI_DIALIN_NUMBERS_URL and VITE_JITSI_DIALIN_CONFCODE_URL at the town's own server,",
    "or, for a demo only, allow it explicitly with ALLOW_EXTERNAL_JITSI=true.",
  ].join(" ");
}
