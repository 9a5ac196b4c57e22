/**
 * Decides, the way a current browser does, whether a page with given response headers may be shown
 * in a frame by a given origin. Content-Security-Policy `frame-ancestors` wins: when any policy has
 * it, browsers ignore X-Frame-Options. Every policy must allow the origin (they are all enforced).
 */

export interface FramingVerdict {
  allowed: boolean;
  openToAll: boolean;
  reason: string;
}

type Headers = Record<string, string | string[] | undefined>;

/**
 * @param headers response headers, lower-case names
 * @param ancestor the framing page's origin, e.g. "https://peter-ruft-paul.example"
 * @param self the framed page's own origin
 */
export function judgeFraming(headers: Headers, ancestor: string, self: string): FramingVerdict {
  const policies = headerValues(headers["content-security-policy"])
    .flatMap((value) => value.split(","))
    .map((policy) => frameAncestorsOf(policy))
    .filter((sources) => sources !== null);
  if (policies.length > 0) {
    const blocking = policies.find(
      (sources) => !sources.some((s) => sourceMatches(s, ancestor, self)),
    );
    const openToAll = policies.every((sources) => sources.some((s) => isWildcard(s)));
    const listed = policies.map((sources) => sources.join(" ") || "(empty)").join(" | ");
    return blocking
      ? {
          allowed: false,
          openToAll: false,
          reason: `CSP frame-ancestors ${blocking.join(" ") || "(empty)"} does not list it`,
        }
      : { allowed: true, openToAll, reason: `CSP frame-ancestors ${listed}` };
  }
  const options = new Set(
    headerValues(headers["x-frame-options"])
      .flatMap((value) => value.split(","))
      .map((value) => value.trim().toLowerCase())
      .filter(Boolean),
  );
  const blocks = ["deny", "sameorigin", "allowall"].some((v) => options.has(v));
  if (options.size > 1 && blocks) {
    return {
      allowed: false,
      openToAll: false,
      reason: `conflicting X-Frame-Options ${[...options].join(", ")}`,
    };
  }
  if (options.has("deny"))
    return { allowed: false, openToAll: false, reason: "X-Frame-Options: DENY" };
  if (options.has("sameorigin")) {
    return ancestor === self
      ? { allowed: true, openToAll: false, reason: "X-Frame-Options: SAMEORIGIN (same origin)" }
      : {
          allowed: false,
          openToAll: false,
          reason: "X-Frame-Options: SAMEORIGIN blocks other origins",
        };
  }
  const ignored = options.size
    ? ` (X-Frame-Options ${[...options].join(", ")} is ignored by browsers)`
    : "";
  return {
    allowed: true,
    openToAll: true,
    reason: `no frame-ancestors and no X-Frame-Options${ignored}`,
  };
}

function headerValues(value: string | string[] | undefined): string[] {
  if (value === undefined) return [];
  return Array.isArray(value) ? value : [value];
}

/** The source list of a policy's frame-ancestors directive, or null when it has none. */
function frameAncestorsOf(policy: string): string[] | null {
  for (const directive of policy.split(";")) {
    const [name, ...sources] = directive.trim().split(/\s+/);
    if (name?.toLowerCase() === "frame-ancestors") return sources.filter(Boolean);
  }
  return null;
}

function isWildcard(source: string): boolean {
  return source === "*" || /^https?:$/i.test(source);
}

/**
 * Whether a frame-ancestors source expression matches an origin (CSP Level 3 host-source rules,
 * without paths: ancestors are origins).
 */
export function sourceMatches(source: string, origin: string, self: string): boolean {
  const lower = source.toLowerCase();
  if (lower === "'none'") return false;
  if (lower === "'self'") return origin === self;
  const url = new URL(origin);
  if (lower === "*") return url.protocol === "https:" || url.protocol === "http:";
  if (/^[a-z][a-z0-9+.-]*:$/.test(lower)) return schemeMatches(lower, url.protocol);
  const match =
    /^(?:([a-z][a-z0-9+.-]*):\/\/)?(\*\.)?([a-z0-9.-]+|\*)(?::(\d+|\*))?(?:\/.*)?$/.exec(lower);
  if (!match) return false;
  const [, scheme, wildcard, host, port] = match;
  if (scheme && !schemeMatches(`${scheme}:`, url.protocol)) return false;
  if (!scheme && !schemeMatches(new URL(self).protocol, url.protocol)) return false;
  const hostOk =
    host === "*" || (wildcard ? url.hostname.endsWith(`.${host}`) : url.hostname === host);
  if (!hostOk) return false;
  // Without a port the source means the scheme's default port.
  const originPort = url.port || (url.protocol === "https:" ? "443" : "80");
  return port === "*" || (port ?? (url.protocol === "https:" ? "443" : "80")) === originPort;
}

/** An http: source also allows https:, as browsers upgrade it. */
function schemeMatches(sourceScheme: string, protocol: string): boolean {
  return sourceScheme === protocol || (sourceScheme === "http:" && protocol === "https:");
}
