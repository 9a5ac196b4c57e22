/**
 * `npm run check:server`: inspects a live Jitsi server the way the Peter ruft Paul front end needs
 * it (TLS certificate, /external_api.js, framing by the front end's origin, the privacy settings of
 * /config.js), prints a table and returns the exit code: 0 all passed (warnings allowed), 1 a
 * check failed, 2 a usage error. README.md beside this file explains each row.
 */
import { readFileSync } from "node:fs";
import tls from "node:tls";
import { parseArgs } from "node:util";
import { checkConfig } from "./configChecks.ts";
import { type Connection, fetchText, inspectCertificate, type Response } from "./network.ts";
import { type CheckResult, exitCode, failure, formatReport, row } from "./report.ts";
import { checkCertificate, checkExternalApi, checkFraming } from "./serverChecks.ts";
import { parseOrigin, parseTarget } from "./target.ts";

/** Any path that is not a file: the server answers with the meeting page, as for a real room. */
const MEETING_PATH = "/PeterRuftPaulServerCheck";

export const USAGE = `Usage: npm run check:server -- <https://jitsi-host> [--origin <front-end origin>]
       [--min-days <days, default 14>] [--ca <PEM file>] [--timeout <ms, default 10000>]
--origin defaults to the FRONTEND_ORIGIN environment variable.`;

/** Runs the check with the command's arguments (without `node` and the script) and prints it. */
export async function main(argv: string[]): Promise<number> {
  let options: ReturnType<typeof readOptions>;
  try {
    options = readOptions(argv);
  } catch (error) {
    console.error(`check:server: ${error instanceof Error ? error.message : error}\n\n${USAGE}`);
    return 2;
  }
  if (options === "help") {
    console.log(USAGE);
    return 0;
  }
  const { target, origin, minDays, ca, timeout } = options;
  console.log(`Checking ${target.origin} for the front end ${origin}\n`);
  const results: CheckResult[] = [];
  const connection: Connection = { host: target.host, port: target.port, ca, timeout };

  try {
    const cert = await inspectCertificate(connection);
    results.push(...checkCertificate(cert, { host: target.host, now: new Date(), minDays }));
  } catch (error) {
    results.push(failure("TLS connection", error));
  }
  const steps: { path: string; name: string; check: (response: Response) => CheckResult[] }[] = [
    { path: "/external_api.js", name: "external_api.js reachable", check: checkExternalApi },
    {
      path: MEETING_PATH,
      name: `framing by ${origin}`,
      check: (response) => checkFraming(response.headers, origin, target.origin),
    },
    { path: "/config.js", name: "config.js reachable", check: configResults },
  ];
  for (const { path, name, check } of steps) {
    try {
      results.push(...check(await fetchText(target.origin + path, connection)));
    } catch (error) {
      results.push(failure(name, error));
    }
  }
  console.log(formatReport(results));
  return exitCode(results);
}

function configResults(response: Response): CheckResult[] {
  if (response.status !== 200)
    return [row("fail", "config.js reachable", `HTTP ${response.status}, expected 200`)];
  return checkConfig(response.body);
}

function readOptions(argv: string[]) {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      origin: { type: "string" },
      "min-days": { type: "string", default: "14" },
      ca: { type: "string" },
      timeout: { type: "string", default: "10000" },
      help: { type: "boolean", short: "h" },
    },
  });
  if (values.help) return "help" as const;
  if (positionals.length !== 1) throw new Error("give exactly one Jitsi server");
  const originInput = values.origin ?? process.env.FRONTEND_ORIGIN;
  if (!originInput) throw new Error("give the front end's origin with --origin or FRONTEND_ORIGIN");
  const minDays = Number(values["min-days"]);
  const timeout = Number(values.timeout);
  if (!Number.isInteger(minDays) || minDays < 0)
    throw new Error("--min-days must be a whole number");
  if (!Number.isInteger(timeout) || timeout <= 0) throw new Error("--timeout must be milliseconds");
  const ca = values.ca ? [...tls.rootCertificates, readFileSync(values.ca, "utf8")] : undefined;
  return {
    target: parseTarget(positionals[0] ?? ""),
    origin: parseOrigin(originInput),
    minDays,
    ca,
    timeout,
  };
}
