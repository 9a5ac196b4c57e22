// @vitest-environment node
import { describe, expect, it } from "vitest";
import { exitCode, formatReport } from "./report.ts";
import { checkCertificate, checkExternalApi, checkFraming } from "./serverChecks.ts";
import { parseOrigin, parseTarget } from "./target.ts";

const OURS = "https://peter-ruft-paul.example";
const JITSI = "https://meet.example.org";

describe("parseTarget and parseOrigin", () => {
  it("accepts a host name or an https URL and rejects http and paths", () => {
    expect(parseTarget("meet.example.org")).toEqual({
      origin: JITSI,
      host: "meet.example.org",
      port: 443,
    });
    expect(parseTarget("https://127.0.0.1:8443/").port).toBe(8443);
    expect(() => parseTarget("http://meet.example.org")).toThrow(/https/);
    expect(() => parseTarget("https://meet.example.org/room")).toThrow(/path/);
    expect(parseOrigin("https://peter-ruft-paul.example/start")).toBe(OURS);
    expect(() => parseOrigin("peter-ruft-paul")).toThrow(/origin/);
  });
});

describe("checkFraming", () => {
  const judge = (headers: Record<string, string | string[]>) => checkFraming(headers, OURS, JITSI);

  it("passes a frame-ancestors list with our origin", () => {
    const results = judge({
      "content-security-policy": `default-src 'self'; frame-ancestors 'self' ${OURS}`,
    });
    expect(results.map((r) => r.status)).toEqual(["pass", "pass"]);
  });

  it("lets frame-ancestors override X-Frame-Options, as browsers do", () => {
    const results = judge({
      "x-frame-options": "SAMEORIGIN",
      "content-security-policy": "frame-ancestors peter-ruft-paul.example",
    });
    expect(results[0]?.status).toBe("pass");
  });

  it("fails when X-Frame-Options or a policy blocks us", () => {
    expect(judge({ "x-frame-options": "DENY" })[0]?.detail).toBe("blocked: X-Frame-Options: DENY");
    expect(judge({ "x-frame-options": "sameorigin" })[0]?.status).toBe("fail");
    expect(judge({ "content-security-policy": "frame-ancestors 'self'" })[0]?.status).toBe("fail");
    expect(judge({ "content-security-policy": `frame-ancestors ${OURS}:8443` })[0]?.status).toBe(
      "fail",
    );
    expect(
      judge({ "content-security-policy": [`frame-ancestors ${OURS}`, "frame-ancestors 'none'"] })[0]
        ?.status,
    ).toBe("fail");
  });

  it("warns when every site may frame the meetings", () => {
    expect(judge({}).map((r) => r.status)).toEqual(["pass", "warn"]);
    expect(
      judge({ "content-security-policy": "frame-ancestors https:" }).map((r) => r.status),
    ).toEqual(["pass", "warn"]);
    expect(judge({ "content-security-policy": "frame-ancestors *.example" })[0]?.status).toBe(
      "pass",
    );
  });
});

describe("checkCertificate", () => {
  const now = new Date("2026-06-01T12:00:00Z");
  const cert = {
    validFrom: new Date("2026-05-01"),
    validTo: new Date("2026-08-01"),
    authorized: true,
  };
  const check = (
    c: Partial<typeof cert> & { hostnameError?: string; authorizationError?: string },
  ) => checkCertificate({ ...cert, ...c }, { host: "meet.example.org", now, minDays: 14 });

  it("passes a trusted, matching certificate with time left", () => {
    expect(check({}).map((r) => r.status)).toEqual(["pass", "pass", "pass", "pass"]);
    expect(check({})[3]?.detail).toBe("expires 2026-08-01 (60 days left)");
  });

  it("fails untrusted, wrong-host, expired and soon-expiring certificates", () => {
    expect(
      check({ authorized: false, authorizationError: "SELF_SIGNED_CERT_IN_CHAIN" })[0]?.status,
    ).toBe("fail");
    expect(check({ hostnameError: "Hostname/IP does not match" })[1]?.status).toBe("fail");
    expect(check({ validTo: new Date("2026-05-31") }).map((r) => r.status)).toEqual([
      "pass",
      "pass",
      "fail",
      "fail",
    ]);
    expect(check({ validTo: new Date("2026-06-05") })[3]?.detail).toMatch(
      /3 days left, fewer than 14/,
    );
  });
});

describe("checkExternalApi and the report", () => {
  it("needs HTTP 200, a JavaScript type and JitsiMeetExternalAPI", () => {
    const ok = checkExternalApi({
      status: 200,
      contentType: "application/javascript; charset=utf-8",
      body: "var JitsiMeetExternalAPI;",
    });
    expect(ok.map((r) => r.status)).toEqual(["pass", "pass", "pass"]);
    const html = checkExternalApi({ status: 200, contentType: "text/html", body: "<html>" });
    expect(html.map((r) => r.status)).toEqual(["pass", "fail", "fail"]);
    expect(checkExternalApi({ status: 404, contentType: "", body: "" })).toHaveLength(1);
  });

  it("aligns the table and exits non-zero on a failure only", () => {
    const results = [
      { status: "pass", check: "short", detail: "a" },
      { status: "warn", check: "a longer check", detail: "b" },
    ] as const;
    expect(formatReport([...results]).split("\n")).toEqual([
      "STATUS  CHECK           DETAIL",
      "PASS    short           a",
      "WARN    a longer check  b",
      "",
      "Result: OK (1 pass, 0 fail, 1 warn)",
    ]);
    expect(exitCode([...results])).toBe(0);
    expect(exitCode([{ status: "fail", check: "x", detail: "" }])).toBe(1);
  });
});
