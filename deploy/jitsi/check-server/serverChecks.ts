/**
 * The checks of what the server shows before config.js: its TLS certificate, /external_api.js and
 * whether a meeting page may be framed. Pure functions from what was fetched to report rows.
 */
import { judgeFraming } from "./framing.ts";
import { type CheckResult, row } from "./report.ts";

/** What the TLS handshake showed. */
export interface Certificate {
  validFrom: Date;
  validTo: Date;
  authorized: boolean;
  authorizationError?: string | undefined;
  hostnameError?: string | undefined;
}

const DAY_MS = 24 * 60 * 60 * 1000;

export function checkCertificate(
  cert: Certificate,
  { host, now, minDays }: { host: string; now: Date; minDays: number },
): CheckResult[] {
  const daysLeft = Math.floor((cert.validTo.getTime() - now.getTime()) / DAY_MS);
  const until = cert.validTo.toISOString().slice(0, 10);
  const current = now >= cert.validFrom && now <= cert.validTo;
  return [
    cert.authorized
      ? row("pass", "TLS certificate trusted", "chain verifies against the trusted CAs")
      : row("fail", "TLS certificate trusted", cert.authorizationError ?? "chain does not verify"),
    cert.hostnameError
      ? row("fail", "TLS certificate host name", cert.hostnameError)
      : row("pass", "TLS certificate host name", `valid for ${host}`),
    current
      ? row(
          "pass",
          "TLS certificate valid now",
          `since ${cert.validFrom.toISOString().slice(0, 10)}`,
        )
      : row(
          "fail",
          "TLS certificate valid now",
          now < cert.validFrom ? "not valid yet" : `expired on ${until}`,
        ),
    daysLeft >= minDays
      ? row("pass", "TLS certificate lifetime", `expires ${until} (${daysLeft} days left)`)
      : row(
          "fail",
          "TLS certificate lifetime",
          `expires ${until}: ${Math.max(daysLeft, 0)} days left, fewer than ${minDays}`,
        ),
  ];
}

/** The answer to GET /external_api.js. */
export function checkExternalApi({
  status,
  contentType,
  body,
}: {
  status: number;
  contentType: string;
  body: string;
}): CheckResult[] {
  if (status !== 200)
    return [row("fail", "external_api.js reachable", `HTTP ${status}, expected 200`)];
  const javascript = /^(application|text)\/(x-)?(javascript|ecmascript)\b/i.test(contentType);
  return [
    row("pass", "external_api.js reachable", "HTTP 200 over HTTPS"),
    javascript
      ? row("pass", "external_api.js type", contentType)
      : row(
          "fail",
          "external_api.js type",
          `${contentType || "no Content-Type"}, expected JavaScript`,
        ),
    body.includes("JitsiMeetExternalAPI")
      ? row("pass", "external_api.js content", "defines JitsiMeetExternalAPI")
      : row("fail", "external_api.js content", "no JitsiMeetExternalAPI in the script"),
  ];
}

/** The headers of a meeting page, judged for the front end's origin and for everyone else. */
export function checkFraming(
  headers: Record<string, string | string[] | undefined>,
  ourOrigin: string,
  jitsiOrigin: string,
): CheckResult[] {
  const verdict = judgeFraming(headers, ourOrigin, jitsiOrigin);
  return [
    verdict.allowed
      ? row("pass", `framing by ${ourOrigin}`, `allowed: ${verdict.reason}`)
      : row("fail", `framing by ${ourOrigin}`, `blocked: ${verdict.reason}`),
    verdict.openToAll
      ? row(
          "warn",
          "framing by other sites",
          `any site can frame meetings: ${verdict.reason}; send frame-ancestors`,
        )
      : row("pass", "framing by other sites", "restricted"),
  ];
}
