import { contrastRatio } from "./contrast.ts";
import { resolveDialIn } from "./dialIn.ts";
import { parseJitsiDomain } from "./jitsiDomain.ts";
import type { Tenant } from "./tenant.ts";

const COLOUR = /^#[0-9a-f]{6}$/i;
const ID = /^[a-z][a-z0-9-]{1,30}$/;

/** Text/background pairs the stylesheet uses, each must reach WCAG AA (4.5:1). */
const CONTRAST_PAIRS: [keyof Tenant["colors"], keyof Tenant["colors"]][] = [
  ["text", "background"],
  ["text", "surface"],
  ["primary", "background"],
  ["primary", "surface"],
  ["onPrimary", "primary"],
  ["surface", "text"],
];

/**
 * Checks a tenant file against a complete reference tenant, field by field, so that a missing or
 * malformed value stops the build with a message naming the field instead of a broken page.
 */
export function validateTenant(candidate: unknown, reference: Tenant): string[] {
  const problems: string[] = [];
  compareShape(candidate, reference, "", problems);
  if (problems.length > 0) return problems;
  const tenant = candidate as Tenant;
  if (!ID.test(tenant.id))
    problems.push(`id must be lower-case letters, digits and "-" (got "${tenant.id}")`);
  for (const [name, value] of Object.entries(tenant.colors)) {
    if (!COLOUR.test(value))
      problems.push(`colors.${name} must be a #rrggbb colour (got "${value}")`);
  }
  if (problems.length === 0) {
    for (const [fg, bg] of CONTRAST_PAIRS) {
      const ratio = contrastRatio(tenant.colors[fg], tenant.colors[bg]);
      if (ratio < 4.5)
        problems.push(
          `colors.${fg} on colors.${bg} has contrast ${ratio.toFixed(2)}:1, needs 4.5:1 (WCAG AA)`,
        );
    }
  }
  if (!/^https:\/\/[^\s/]+\/?/.test(tenant.homepageUrl))
    problems.push(`homepageUrl must be an https:// URL (got "${tenant.homepageUrl}")`);
  const domain = parseJitsiDomain(tenant.jitsi.domain, "jitsi.domain");
  if (!domain.ok) problems.push(domain.message);
  const dialIn = resolveDialIn({}, tenant.jitsi.dialIn, tenant.id);
  if (!dialIn.ok) problems.push(dialIn.message);
  for (const origin of tenant.frameAncestors) {
    if (!/^https:\/\/[a-z0-9.-]+(:\d+)?$/i.test(origin))
      problems.push(`frameAncestors entries must be https origins (got "${origin}")`);
  }
  for (const [path, value] of emails(tenant)) {
    if (!/^[^\s@]+@[^\s@]+\.[a-z]{2,}$/i.test(value))
      problems.push(`${path} must be an e-mail address (got "${value}")`);
  }
  return problems;
}

function compareShape(value: unknown, reference: unknown, path: string, problems: string[]) {
  const name = path || "tenant";
  if (Array.isArray(reference)) {
    if (!Array.isArray(value)) problems.push(`${name} must be a list`);
    else if (value.some((item) => typeof item !== "string" || item.trim() === ""))
      problems.push(`${name} must list non-empty texts`);
    return;
  }
  if (typeof reference === "object" && reference !== null) {
    if (typeof value !== "object" || value === null || Array.isArray(value)) {
      problems.push(`${name} is missing or not an object`);
      return;
    }
    for (const key of Object.keys(reference)) {
      compareShape(
        (value as Record<string, unknown>)[key],
        (reference as Record<string, unknown>)[key],
        path ? `${path}.${key}` : key,
        problems,
      );
    }
    for (const key of Object.keys(value)) {
      if (!(key in reference))
        problems.push(`${path ? `${path}.` : ""}${key} is not a known tenant field`);
    }
    return;
  }
  if (typeof value !== typeof reference) {
    problems.push(`${name} is missing (expected a ${typeof reference})`);
  } else if (typeof value === "string" && value.trim() === "") {
    problems.push(`${name} must not be empty`);
  }
}

function emails(tenant: Tenant): [string, string][] {
  const found: [string, string][] = [];
  const walk = (node: unknown, path: string) => {
    if (typeof node === "string" && /(^|\.)email$/i.test(path)) found.push([path, node]);
    else if (typeof node === "object" && node !== null && !Array.isArray(node)) {
      for (const [key, child] of Object.entries(node)) walk(child, path ? `${path}.${key}` : key);
    }
  };
  walk(tenant, "");
  return found;
}
