// Types of checks.mjs for TypeScript callers, generated from its JSDoc; do not edit by hand.
// check-server.test.ts fails when this file is out of date. Regenerate it with
//   npx tsc --ignoreConfig --allowJs --declaration --emitDeclarationOnly --strict --target ES2022 \
//     --module NodeNext --moduleResolution NodeNext --types node --skipLibCheck --outDir /tmp/types \
//     scripts/check-server/checks.mjs && cp /tmp/types/checks.d.mts scripts/check-server/ && npx biome format --write scripts/check-server
export type Status = "pass" | "fail" | "warn";
export type CheckResult = {
  status: Status;
  check: string;
  detail: string;
};
/**
 * Normalises the command's target: a host name or an https:// URL without path.
 * @param {string} input
 * @returns {{ origin: string, host: string, port: number }}
 */
export declare function parseTarget(input: string): {
  origin: string;
  host: string;
  port: number;
};
/**
 * Normalises the front end's origin given with --origin or FRONTEND_ORIGIN.
 * @param {string} input
 */
export declare function parseOrigin(input: string): string;
/**
 * @param {{ validFrom: Date, validTo: Date, authorized: boolean, authorizationError?: string,
 *   hostnameError?: string }} cert what the TLS handshake showed
 * @param {{ host: string, now: Date, minDays: number }} options
 * @returns {CheckResult[]}
 */
export declare function checkCertificate(
  cert: {
    validFrom: Date;
    validTo: Date;
    authorized: boolean;
    authorizationError?: string;
    hostnameError?: string;
  },
  {
    host,
    now,
    minDays,
  }: {
    host: string;
    now: Date;
    minDays: number;
  },
): CheckResult[];
/**
 * @param {{ status: number, contentType: string, body: string }} response of /external_api.js
 * @returns {CheckResult[]}
 */
export declare function checkExternalApi({
  status,
  contentType,
  body,
}: {
  status: number;
  contentType: string;
  body: string;
}): CheckResult[];
/**
 * @param {Record<string, string | string[] | undefined>} headers of a meeting page
 * @param {string} ourOrigin the front end's origin
 * @param {string} jitsiOrigin
 * @returns {CheckResult[]}
 */
export declare function checkFraming(
  headers: Record<string, string | string[] | undefined>,
  ourOrigin: string,
  jitsiOrigin: string,
): CheckResult[];
/**
 * @param {string} text the body of /config.js
 * @returns {CheckResult[]}
 */
export declare function checkConfig(text: string): CheckResult[];
/**
 * The report: one aligned line per check, then the verdict.
 * @param {CheckResult[]} results
 */
export declare function formatReport(results: CheckResult[]): string;
/** @param {CheckResult[]} results */
export declare function exitCode(results: CheckResult[]): 0 | 1;
