import type { Tenant } from "./tenant.ts";

/** Accepts "meet.example.org", "meet.example.org:8443" or a pasted "https://meet.example.org/". */
const HOST_PATTERN =
  /^(?=.{1,253}(?::\d+)?$)(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)*[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?::\d{1,5})?$/;

/** The Jitsi server's iframe API, the one script the call loads from it. */
export const externalApiAddress = (domain: string): string => `https://${domain}/external_api.js`;

export type DomainResult = { ok: true; domain: string } | { ok: false; message: string };

/**
 * Validates the Jitsi server's host once, at build and at start, so a typo fails with a readable
 * message instead of a spinner that never ends.
 */
export function parseJitsiDomain(raw: string, source: string): DomainResult {
  const domain = raw
    .trim()
    .toLowerCase()
    .replace(/^https:\/\//, "")
    .replace(/\/+$/, "");
  if (raw.trim().toLowerCase().startsWith("http://")) {
    return {
      ok: false,
      message: `${source}: Jitsi needs HTTPS; give the host only, e.g. meet.example.org (got "${raw}").`,
    };
  }
  if (!HOST_PATTERN.test(domain)) {
    return {
      ok: false,
      message: `${source} must be the Jitsi server's host name without path, e.g. meet.example.org (got "${raw}").`,
    };
  }
  return { ok: true, domain };
}

/**
 * The build's Jitsi server: VITE_JITSI_DOMAIN when set (not empty), else the tenant's own, each
 * checked by parseJitsiDomain with a message naming where it came from. The one resolution, used
 * by the build (scripts/tenantPlugin.ts) and the app (config/index.ts).
 */
export function resolveJitsiDomain(
  tenant: Pick<Tenant, "id"> & { jitsi: Pick<Tenant["jitsi"], "domain"> },
  override: string | undefined,
): DomainResult {
  return override
    ? parseJitsiDomain(override, "VITE_JITSI_DOMAIN")
    : parseJitsiDomain(tenant.jitsi.domain, `tenant ${tenant.id}: jitsi.domain`);
}

/**
 * A production build must send calls to the town's own server. Returns why not, or null.
 * `allowExternal` is the operator's explicit opt-out (ALLOW_EXTERNAL_JITSI=true), e.g. for a demo.
 */
export function productionDomainProblem(
  domain: string,
  ownDomains: readonly string[],
  allowExternal: boolean,
): string | null {
  if (allowExternal) return null;
  const host = domain.replace(/:\d+$/, "");
  if (ownDomains.some((own) => host === own || host.endsWith(`.${own}`))) return null;
  return [
    `This production build would send every call to ${domain}, a Jitsi server the town does not run`,
    `(its own domains: ${ownDomains.join(", ") || "none configured"}).`,
    "Set VITE_JITSI_DOMAIN to the town's own server, e.g. VITE_JITSI_DOMAIN=meet.bretten.de npm run build,",
    "or, for a demo only, allow it explicitly with ALLOW_EXTERNAL_JITSI=true.",
  ].join(" ");
}
