/**
 * Whose STUN/TURN servers config.js names. A third party's would see every participant's address,
 * so any found anywhere in the file (also inside values built by code) fails the row.
 */
import { Expression, getSetting, isPlainObject } from "./readJitsiConfig.ts";
import { type CheckResult, row } from "./report.ts";

const THIRD_PARTY_STUN = [
  { pattern: /(^|\.)jitsi\.net$/, owner: "8x8/Jitsi" },
  { pattern: /8x8/, owner: "8x8" },
  { pattern: /(^|\.)google(\.[a-z]+)?$|(^|\.)l\.google\.com$|googleapis/, owner: "Google" },
];

export function checkStun(config: Record<string, unknown>): CheckResult {
  const servers = getSetting(config, "p2p.stunServers");
  const found = [
    ...stringsIn(servers),
    ...stringsIn(config).filter((s) => /^(stun|turn)s?:/i.test(s)),
  ];
  const hosts = [...new Set(found.map(stunHost).filter(Boolean))];
  const foreign = hosts.flatMap((host) => {
    const match = THIRD_PARTY_STUN.find(({ pattern }) => pattern.test(host));
    return match ? [`${host} (${match.owner})`] : [];
  });
  if (foreign.length) return row("fail", "STUN servers", `third-party STUN: ${foreign.join(", ")}`);
  if (servers === undefined)
    return row("warn", "STUN servers", "p2p.stunServers not set: set the town's own STUN server");
  return row("pass", "STUN servers", hosts.length ? `own: ${hosts.join(", ")}` : "none");
}

/** Every string in a value read from config.js, including those inside expressions. */
function stringsIn(value: unknown): string[] {
  if (typeof value === "string") return [value];
  if (value instanceof Expression) return value.strings;
  if (Array.isArray(value)) return value.flatMap(stringsIn);
  if (isPlainObject(value)) return Object.values(value).flatMap(stringsIn);
  return [];
}

/** "stun:host:3478?transport=udp" or "host:3478" -> "host" */
function stunHost(entry: string): string {
  const scheme = entry.trim().replace(/^(stun|turn)s?:/i, "");
  // Cut at the first "?" with indexOf: the regex /\?.*$/ backtracks quadratically on many "?".
  const query = scheme.indexOf("?");
  const bare = (query === -1 ? scheme : scheme.slice(0, query)).toLowerCase();
  const host = /^([a-z0-9.-]+\.[a-z]{2,}|\d{1,3}(\.\d{1,3}){3})(:\d+)?$/.test(bare);
  return host ? bare.replace(/:\d+$/, "") : "";
}
