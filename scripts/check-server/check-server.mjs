#!/usr/bin/env node
/**
 * Inspects a live Jitsi server the way the Peter ruft Paul front end needs it: TLS certificate,
 * /external_api.js, framing by the front end's origin, and the privacy settings of /config.js.
 * Prints a table and exits 1 when any check fails (2 on a usage error).
 *
 *   npm run check:server -- https://meet.example.org [--origin https://peter-ruft-paul.example]
 *       [--min-days 14] [--ca extra-ca.pem] [--timeout 10000]
 *
 * --origin defaults to $FRONTEND_ORIGIN. --ca adds a CA to the system's (internal CAs, tests).
 * --timeout is a deadline for each request as a whole (handshake, headers and body), not an idle
 * time: a server that answers one byte at a time cannot keep the check waiting.
 * Only Node's built-in modules: runs anywhere Node 20 does, no build step.
 */
import { readFileSync } from "node:fs";
import https from "node:https";
import { isIP } from "node:net";
import tls from "node:tls";
import { pathToFileURL } from "node:url";
import { parseArgs } from "node:util";
import {
  checkCertificate,
  checkConfig,
  checkExternalApi,
  checkFraming,
  exitCode,
  formatReport,
  parseOrigin,
  parseTarget,
} from "./checks.mjs";

/** Any path that is not a file: the server answers with the meeting page, as for a real room. */
const MEETING_PATH = "/PeterRuftPaulServerCheck";
const MAX_BODY = 5 * 1024 * 1024;

const USAGE = `Usage: npm run check:server -- <https://jitsi-host> [--origin <front-end origin>]
       [--min-days <days, default 14>] [--ca <PEM file>] [--timeout <ms, default 10000>]
--origin defaults to the FRONTEND_ORIGIN environment variable.`;

/** @typedef {import("./checks.mjs").CheckResult} CheckResult */
/**
 * @typedef {{ status: number, contentType: string, body: string,
 *   headers: import("node:http").IncomingHttpHeaders }} Response
 */

/**
 * @param {string[]} argv
 * @returns {Promise<number>} the exit code
 */
export async function main(argv) {
  /** @type {ReturnType<typeof readOptions>} */
  let options;
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
  /** @type {CheckResult[]} */
  const results = [];
  const tlsOptions = { host: target.host, port: target.port, ca, timeout };

  try {
    const cert = await inspectCertificate(tlsOptions);
    results.push(...checkCertificate(cert, { host: target.host, now: new Date(), minDays }));
  } catch (error) {
    results.push(failure("TLS connection", error));
  }
  /** @type {{ path: string, name: string, check: (response: Response) => CheckResult[] }[]} */
  const steps = [
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
      results.push(...check(await fetchText(target.origin + path, tlsOptions)));
    } catch (error) {
      results.push(failure(name, error));
    }
  }
  console.log(formatReport(results));
  return exitCode(results);
}

/** @param {Response} response @returns {CheckResult[]} */
function configResults(response) {
  if (response.status !== 200) {
    return [
      {
        status: "fail",
        check: "config.js reachable",
        detail: `HTTP ${response.status}, expected 200`,
      },
    ];
  }
  return checkConfig(response.body);
}

/** @param {string} check @param {unknown} error @returns {CheckResult} */
function failure(check, error) {
  return { status: "fail", check, detail: error instanceof Error ? error.message : String(error) };
}

/** @param {string[]} argv */
function readOptions(argv) {
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
  if (values.help) return "help";
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

/**
 * @typedef {{ host: string, port: number, ca: string[] | undefined, timeout: number }} TlsOptions
 */

/** Server name for SNI: never an IP address. @param {string} host */
const serverName = (host) => (isIP(host) ? undefined : host);

/**
 * Handshakes without trusting anything yet, to report each certificate problem separately.
 * @param {TlsOptions} options
 */
function inspectCertificate({ host, port, ca, timeout }) {
  return new Promise((resolve, reject) => {
    const socket = tls.connect({
      host,
      port,
      servername: serverName(host),
      ca,
      rejectUnauthorized: false,
    });
    const deadline = setTimeout(
      () => socket.destroy(new Error(`no TLS handshake within ${timeout} ms`)),
      timeout,
    );
    socket.once("close", () => clearTimeout(deadline));
    socket.once("error", reject);
    socket.once("secureConnect", () => {
      clearTimeout(deadline);
      const cert = socket.getPeerCertificate();
      socket.end();
      if (!cert?.valid_to) return reject(new Error("the server sent no certificate"));
      resolve({
        validFrom: new Date(cert.valid_from),
        validTo: new Date(cert.valid_to),
        authorized: socket.authorized,
        authorizationError: socket.authorizationError
          ? String(socket.authorizationError)
          : undefined,
        hostnameError: tls.checkServerIdentity(host, cert)?.message,
      });
    });
  });
}

/**
 * GET over verified HTTPS, without following redirects.
 * @param {string} url
 * @param {TlsOptions} options
 * @returns {Promise<Response>}
 */
function fetchText(url, { host, ca, timeout }) {
  return new Promise((resolve, reject) => {
    /** Rejects with our own message first: once the answer has begun, Node reports "aborted". */
    const fail = (/** @type {Error} */ error) => {
      reject(error);
      request.destroy(error);
    };
    const request = https.get(
      url,
      { ca, servername: serverName(host), agent: false, timeout },
      (response) => {
        /** @type {Buffer[]} */
        const chunks = [];
        let size = 0;
        response.on("data", (/** @type {Buffer} */ chunk) => {
          size += chunk.length;
          if (size > MAX_BODY) fail(new Error(`${url} is larger than ${MAX_BODY} bytes`));
          else chunks.push(chunk);
        });
        response.on("error", reject);
        response.on("end", () =>
          resolve({
            status: response.statusCode ?? 0,
            contentType: String(response.headers["content-type"] ?? ""),
            headers: response.headers,
            body: Buffer.concat(chunks).toString("utf8"),
          }),
        );
      },
    );
    // `timeout` above only notices silence; this deadline covers the whole answer.
    const deadline = setTimeout(
      () => fail(new Error(`no complete answer from ${url} within ${timeout} ms`)),
      timeout,
    );
    request.on("close", () => clearTimeout(deadline));
    request.on("timeout", () =>
      request.destroy(new Error(`no answer from ${url} within ${timeout} ms`)),
    );
    request.on("error", reject);
  });
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  main(process.argv.slice(2)).then((code) => {
    process.exitCode = code;
  });
}
