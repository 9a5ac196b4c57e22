/**
 * The MDN HTTP Observatory's published scoring (mozilla/http-observatory, httpobs/docs/scoring.md,
 * 2024-02-27), for the tests that depend on response headers and HTML. Not their code: a reading of
 * the table. Redirection (http -> https) is the TLS proxy's job and is not scored here.
 */
export interface Modifier {
  test: string;
  result: string;
  modifier: number;
}

type Headers = Record<string, string>;

function parseCsp(value: string | undefined): Map<string, string[]> | null {
  if (!value) return null;
  const directives = new Map<string, string[]>();
  for (const part of value.split(";")) {
    const [name, ...sources] = part.trim().split(/\s+/);
    if (name) directives.set(name.toLowerCase(), sources);
  }
  return directives;
}

function csp(headers: Headers): Modifier {
  const policy = parseCsp(headers["content-security-policy"]);
  const test = "content-security-policy";
  if (!policy) return { test, result: "csp-not-implemented", modifier: -25 };
  const scriptSrc = policy.get("script-src") ?? policy.get("default-src") ?? [];
  const styleSrc = policy.get("style-src") ?? policy.get("default-src") ?? [];
  const all = [...policy.values()].flat();
  if (scriptSrc.includes("'unsafe-inline'"))
    return { test, result: "csp-implemented-with-unsafe-inline", modifier: -20 };
  if (all.some((source) => source.startsWith("http:") || source === "http:"))
    return { test, result: "csp-implemented-with-insecure-scheme", modifier: -20 };
  if (all.includes("'unsafe-eval'"))
    return { test, result: "csp-implemented-with-unsafe-eval", modifier: -10 };
  if (styleSrc.includes("'unsafe-inline'"))
    return { test, result: "csp-implemented-with-unsafe-inline-in-style-src-only", modifier: 0 };
  if (policy.get("default-src")?.join(" ") === "'none'")
    return { test, result: "csp-implemented-with-no-unsafe-default-src-none", modifier: 10 };
  return { test, result: "csp-implemented-with-no-unsafe", modifier: 5 };
}

function hsts(headers: Headers): Modifier {
  const test = "strict-transport-security";
  const maxAge = /max-age=(\d+)/i.exec(headers["strict-transport-security"] ?? "")?.[1];
  if (!maxAge) return { test, result: "hsts-not-implemented", modifier: -20 };
  return Number(maxAge) >= 15768000
    ? { test, result: "hsts-implemented-max-age-at-least-six-months", modifier: 0 }
    : { test, result: "hsts-implemented-max-age-less-than-six-months", modifier: -10 };
}

function referrer(headers: Headers): Modifier {
  const test = "referrer-policy";
  const value = headers["referrer-policy"]?.split(",").at(-1)?.trim().toLowerCase();
  if (!value) return { test, result: "referrer-policy-not-implemented", modifier: 0 };
  const privateValues = [
    "no-referrer",
    "same-origin",
    "strict-origin",
    "strict-origin-when-cross-origin",
  ];
  if (privateValues.includes(value))
    return { test, result: "referrer-policy-private", modifier: 5 };
  return { test, result: "referrer-policy-unsafe", modifier: -5 };
}

function frameOptions(headers: Headers): Modifier {
  const test = "x-frame-options";
  if (parseCsp(headers["content-security-policy"])?.has("frame-ancestors"))
    return { test, result: "x-frame-options-implemented-via-csp", modifier: 5 };
  const value = headers["x-frame-options"]?.toUpperCase();
  if (value === "DENY" || value === "SAMEORIGIN")
    return { test, result: "x-frame-options-sameorigin-or-deny", modifier: 0 };
  return { test, result: "x-frame-options-not-implemented", modifier: -20 };
}

function contentTypeOptions(headers: Headers): Modifier {
  const test = "x-content-type-options";
  return headers["x-content-type-options"]?.toLowerCase() === "nosniff"
    ? { test, result: "x-content-type-options-nosniff", modifier: 0 }
    : { test, result: "x-content-type-options-not-implemented", modifier: -5 };
}

function cookies(headers: Headers): Modifier {
  return headers["set-cookie"]
    ? {
        test: "cookies",
        result: "cookies-present (scored as failing: this site sets none)",
        modifier: -20,
      }
    : { test: "cookies", result: "cookies-not-found", modifier: 0 };
}

function cors(headers: Headers): Modifier {
  return headers["access-control-allow-origin"]?.trim() === "*"
    ? {
        test: "cross-origin-resource-sharing",
        result: "cross-origin-resource-sharing-implemented-with-universal-access",
        modifier: -50,
      }
    : {
        test: "cross-origin-resource-sharing",
        result: "cross-origin-resource-sharing-not-implemented",
        modifier: 0,
      };
}

/** Scripts in the HTML: same-origin ones need no SRI; external ones without integrity cost 5. */
function sri(html: string, origin: string): Modifier {
  const test = "subresource-integrity";
  const scripts = [...html.matchAll(/<script\b[^>]*>/gi)].map((match) => match[0]);
  const external = scripts.filter((tag) => {
    const src = /\ssrc=["']?([^"'\s>]+)/i.exec(tag)?.[1];
    return src && new URL(src, origin).origin !== origin;
  });
  if (scripts.length === 0)
    return { test, result: "sri-not-implemented-but-no-scripts-loaded", modifier: 0 };
  if (external.length === 0)
    return {
      test,
      result: "sri-not-implemented-but-all-scripts-loaded-from-secure-origin",
      modifier: 0,
    };
  const withIntegrity = external.every((tag) => /\sintegrity=/i.test(tag));
  return withIntegrity
    ? { test, result: "sri-implemented-and-external-scripts-loaded-securely", modifier: 5 }
    : { test, result: "sri-not-implemented-but-external-scripts-loaded-securely", modifier: -5 };
}

export function observatoryScore(headers: Headers, html: string, origin: string) {
  const modifiers = [csp, cookies, cors, hsts, referrer, contentTypeOptions, frameOptions].map(
    (check) => check(headers),
  );
  modifiers.push(sri(html, origin));
  const penalties = modifiers.filter((m) => m.modifier < 0).reduce((sum, m) => sum + m.modifier, 0);
  const bonuses = modifiers.filter((m) => m.modifier > 0).reduce((sum, m) => sum + m.modifier, 0);
  // Bonus points count only when the score without them is at least 90.
  const base = 100 + penalties;
  const score = Math.max(0, base >= 90 ? base + bonuses : base);
  return { score, grade: grade(score), modifiers };
}

function grade(score: number): string {
  const table: [number, string][] = [
    [100, "A+"],
    [90, "A"],
    [85, "A-"],
    [80, "B+"],
    [70, "B"],
    [65, "B-"],
    [60, "C+"],
    [50, "C"],
    [45, "C-"],
    [40, "D+"],
    [30, "D"],
    [25, "D-"],
  ];
  return table.find(([min]) => score >= min)?.[1] ?? "F";
}
