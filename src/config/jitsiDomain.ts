/** Accepts "meet.example.org", "meet.example.org:8443" or a pasted "https://meet.example.org/". */
const HOST_PATTERN =
  /^(?=.{1,253}(?::\d+)?$)(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)*[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?::\d{1,5})?$/;

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
