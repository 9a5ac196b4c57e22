// @vitest-environment node
import { execFile, execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
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
import { type FakeJitsiServers, startFakeJitsiServers } from "./fakeJitsiServers";
import { Expression, readJitsiConfig } from "./jsConfig.mjs";

const OURS = "https://peter-ruft-paul.example";
const JITSI = "https://meet.example.org";
const CLI = resolve(__dirname, "check-server.mjs");
const TSC = resolve(__dirname, "../../node_modules/.bin/tsc");

const statusOf = (results: { check: string; status: string }[], check: string) =>
  results.find((r) => r.check === check)?.status;

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

describe("readJitsiConfig", () => {
  it("reads object literals and later assignments, which win", () => {
    const { config } = readJitsiConfig(`
      var subdir = '<!--# echo var="subdir" default="" -->'; // a comment with 'quotes'
      var config = {
        hosts: { domain: 'meet.jitsi', muc: 'conference.' + subdomain + 'meet.jitsi' },
        /* p2p: { enabled: false }, */
        p2p: { enabled: true, stunServers: [ { urls: "stun:a.example:3478" }, ], },
        startAudioMuted: -1,
      };
      config.p2p.enabled = false
      config['gravatar'] = { disabled: true };
    `);
    expect(config.p2p).toEqual({ enabled: false, stunServers: [{ urls: "stun:a.example:3478" }] });
    expect(config.gravatar).toEqual({ disabled: true });
    expect(config.startAudioMuted).toBe(-1);
    expect((config.hosts as { muc: unknown }).muc).toBeInstanceOf(Expression);
  });

  it("keeps the strings of values it cannot evaluate", () => {
    const { config } = readJitsiConfig(
      "config.p2p = {};\nconfig.p2p.stunServers = 'x.example:3478'.split(',').map(function (u) { return { urls: 'stun:' + u }; });\nconfig.z = 1;",
    );
    const stun = (config.p2p as { stunServers: Expression }).stunServers;
    expect(stun.strings).toEqual(["x.example:3478", ",", "stun:"]);
    expect(config.z).toBe(1);
  });
});

describe("checkConfig", () => {
  const good = `var config = {
    disableThirdPartyRequests: true, gravatar: { disabled: true }, analytics: { disabled: true },
    p2p: { stunServers: [{ urls: 'stun:turn.bretten.example:3478' }] },
    prejoinConfig: { enabled: true }, lobby: { autoKnock: true },
    deeplinking: { disabled: true }, localRecording: { disable: true },
  };`;

  it("passes a config that keeps the privacy promises", () => {
    const results = checkConfig(good);
    expect(results.map((r) => r.status)).toEqual(Array(results.length).fill("pass"));
    expect(results.find((r) => r.check === "STUN servers")?.detail).toBe(
      "own: turn.bretten.example",
    );
  });

  it("fails third-party STUN, trackers, Gravatar, prejoin off, hidden lobby and deep linking", () => {
    const results = checkConfig(`var config = {
      p2p: { stunServers: [{ urls: 'stun:meet-jit-si-turnrelay.jitsi.net:443' }, { urls: 'stun:stun.l.google.com:19302' }] },
      analytics: { googleAnalyticsTrackingId: 'UA-1' }, prejoinConfig: { enabled: false },
      hideLobbyButton: true, disableDeepLinking: true, deeplinking: { disabled: false },
      recordingService: { enabled: true },
    };`);
    for (const check of [
      "STUN servers",
      "third-party requests",
      "analytics",
      "Gravatar",
      "prejoin page",
      "lobby",
      "deep linking",
      "recording",
    ]) {
      expect(statusOf(results, check), check).toBe("fail");
    }
    expect(results.find((r) => r.check === "STUN servers")?.detail).toMatch(
      /jitsi\.net \(8x8\/Jitsi\).*google\.com \(Google\)/,
    );
  });

  it("sees STUN servers docker-jitsi-meet builds from P2P_STUN_SERVERS", () => {
    const docker = `${good}\nconfig.p2p.stunServers = 'meet-jit-si-turnrelay.jitsi.net:443'.split(',').map(function (url) { return { urls: 'stun:' + url }; });`;
    expect(statusOf(checkConfig(docker), "STUN servers")).toBe("fail");
  });

  it("warns when STUN or the lobby are not configured, and fails an empty file", () => {
    const results = checkConfig("var config = { disableThirdPartyRequests: true };");
    expect(statusOf(results, "STUN servers")).toBe("warn");
    expect(statusOf(results, "lobby")).toBe("warn");
    expect(checkConfig("// nothing")).toEqual([
      { status: "fail", check: "config.js settings", detail: "no `config` settings found" },
    ]);
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

describe("check-server.mjs against nginx imitating Jitsi servers", () => {
  let servers: FakeJitsiServers;
  beforeAll(async () => {
    servers = await startFakeJitsiServers();
  }, 15_000);
  afterAll(async () => {
    await servers?.stop();
  });

  const run = (args: string[], env: Record<string, string> = {}) =>
    new Promise<{ code: number; stdout: string }>((done) => {
      execFile(
        "node",
        [CLI, ...args],
        { env: { ...process.env, ...env }, timeout: 15_000 },
        (error, stdout, stderr) =>
          done({ code: error ? Number(error.code ?? 1) : 0, stdout: stdout + stderr }),
      );
    });
  const line = (stdout: string, status: string, check: string) =>
    stdout.split("\n").find((l) => l.startsWith(status.padEnd(8)) && l.slice(8).startsWith(check));

  it("passes the good server (the deployment's own config.js and nginx snippet)", async () => {
    const { code, stdout } = await run([servers.good, "--ca", servers.caFile], {
      FRONTEND_ORIGIN: OURS,
    });
    expect(stdout).toContain(`Checking ${servers.good} for the front end ${OURS}`);
    for (const check of [
      "TLS certificate trusted",
      "TLS certificate lifetime",
      "external_api.js content",
      `framing by ${OURS}`,
      "framing by other sites",
      "STUN servers",
      "analytics",
      "prejoin page",
      "lobby",
      "deep linking",
      "recording",
    ]) {
      expect(line(stdout, "PASS", check), `${check}\n${stdout}`).toBeDefined();
    }
    expect(stdout).toMatch(/^Result: OK \(\d+ pass, 0 fail, 0 warn\)$/m);
    expect(code).toBe(0);
  });

  it("fails the bad server and names each problem", async () => {
    const { code, stdout } = await run([servers.bad, "--origin", OURS, "--ca", servers.caFile]);
    expect(line(stdout, "FAIL", `framing by ${OURS}`)).toContain("X-Frame-Options: DENY");
    expect(line(stdout, "FAIL", "STUN servers")).toContain(
      "meet-jit-si-turnrelay.jitsi.net (8x8/Jitsi)",
    );
    expect(line(stdout, "FAIL", "analytics")).toContain("analytics.scriptURLs");
    expect(line(stdout, "FAIL", "prejoin page")).toBeDefined();
    expect(line(stdout, "FAIL", "lobby")).toBeDefined();
    expect(line(stdout, "FAIL", "TLS certificate lifetime")).toMatch(/0 days left, fewer than 14/);
    expect(line(stdout, "PASS", "external_api.js reachable")).toBeDefined();
    expect(stdout).toMatch(/^Result: FAIL /m);
    expect(code).toBe(1);
  });

  it("does not trust the test CA without --ca", async () => {
    const { code, stdout } = await run([servers.good, "--origin", OURS]);
    expect(line(stdout, "FAIL", "TLS certificate trusted")).toBeDefined();
    expect(line(stdout, "FAIL", "external_api.js reachable")).toBeDefined();
    expect(code).toBe(1);
  });

  it("exits with 2 and the usage when the origin is missing", async () => {
    const { code, stdout } = await run([servers.good], { FRONTEND_ORIGIN: "" });
    expect(stdout).toContain("give the front end's origin with --origin or FRONTEND_ORIGIN");
    expect(code).toBe(2);
  });
});

describe("checks.d.mts and jsConfig.d.mts", () => {
  // Layout aside (Biome formats them), they are exactly what tsc derives from the JSDoc.
  const normalise = (text: string) =>
    text
      .replace(/^\/\/.*\n/gm, "")
      .replace(/\s+/g, "")
      .replace(/,([)}\]])/g, "$1");

  it("match the JSDoc of the modules they describe", () => {
    const out = mkdtempSync(join(tmpdir(), "prp-check-server-types-"));
    try {
      const modules = ["checks", "jsConfig"];
      execFileSync(TSC, [
        ...["--ignoreConfig", "--allowJs", "--declaration", "--emitDeclarationOnly", "--strict"],
        ...["--target", "ES2022", "--module", "NodeNext", "--moduleResolution", "NodeNext"],
        ...["--types", "node", "--skipLibCheck", "--outDir", out],
        ...modules.map((name) => join(__dirname, `${name}.mjs`)),
      ]);
      for (const name of modules) {
        const committed = readFileSync(join(__dirname, `${name}.d.mts`), "utf8");
        const fresh = readFileSync(join(out, `${name}.d.mts`), "utf8");
        expect(normalise(committed), `${name}.d.mts is out of date: regenerate it`).toBe(
          normalise(fresh),
        );
      }
    } finally {
      rmSync(out, { recursive: true, force: true });
    }
  }, 20_000);
});
