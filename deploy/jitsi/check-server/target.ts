/** The two addresses the command is given: the Jitsi server and the front end's origin. */

export interface Target {
  origin: string;
  host: string;
  port: number;
}

/** Normalises the command's target: a host name or an https:// URL without path. */
export function parseTarget(input: string): Target {
  const text = /^[a-z][a-z0-9+.-]*:\/\//i.test(input) ? input : `https://${input}`;
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    throw new Error(`"${input}" is not a host name or https:// URL`);
  }
  if (url.protocol !== "https:")
    throw new Error(`the Jitsi server must be reached over https:// (got ${url.protocol})`);
  if (url.pathname !== "/" || url.search || url.hash)
    throw new Error(`give the server without a path (got ${input})`);
  return {
    origin: url.origin,
    host: url.hostname.replace(/^\[|\]$/g, ""),
    port: Number(url.port || 443),
  };
}

/** Normalises the front end's origin given with --origin or FRONTEND_ORIGIN. */
export function parseOrigin(input: string): string {
  let url: URL;
  try {
    url = new URL(input);
  } catch {
    throw new Error(`"${input}" is not an origin like https://peter-ruft-paul.example`);
  }
  if (url.protocol !== "https:" && url.protocol !== "http:")
    throw new Error(`"${input}" is not an http(s) origin`);
  return url.origin;
}
