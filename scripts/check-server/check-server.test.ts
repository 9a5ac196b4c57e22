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
import {
  type FakeJitsiServers,
  HOSTILE_PROTO_CONFIG,
  HOSTILE_STUN_CONFIG,
  startFakeJitsiServers,
} from "./fakeJitsiServers";
import { type SlowServers, startSlowServers } from "./hostileServers";
import { Expression, getSetting, readJitsiConfig } from "./jsConfig.mjs";

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
    deeplinking: { disabled: true },
    localRecording: { disable: true, notifyAllParticipants: true },
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

  it("reads a 200 KB STUN entry of question marks in linear time", () => {
    // /\?.*$/ took 33 s on this; vitest's 5 s limit fails the old code.
    const results = checkConfig(HOSTILE_STUN_CONFIG);
    expect(results.find((r) => r.check === "STUN servers")?.detail).toBe(
      "own: turn.bretten.example",
    );
  });

  it("makes the lobby available only when a moderator can reach it", () => {
    const lobby = (extra: string) => {
      const result = checkConfig(good.replace("};", `${extra} };`)).find(
        (r) => r.check === "lobby",
      );
      return `${result?.status}: ${result?.detail}`;
    };
    expect(lobby("")).toMatch(/^pass: moderators reach it through `security`/);
    expect(lobby("toolbarButtons: ['microphone', 'security', 'hangup'],")).toMatch(/^pass/);
    expect(lobby("toolbarButtons: ['microphone', 'hangup'],")).toMatch(
      /^fail: toolbarButtons has no `security`/,
    );
    expect(lobby("securityUi: { hideLobbyButton: true },")).toMatch(/^fail: the lobby button/);
    expect(lobby("toolbarButtons: BUTTONS.filter(Boolean),")).toMatch(/^warn/);
  });

  it("wants local recording off and announced, since the meeting address can switch it on", () => {
    const local = (setting: string) =>
      statusOf(checkConfig(`${good}\nconfig.localRecording = ${setting};`), "local recording");
    expect(local("{ disable: true, notifyAllParticipants: true }")).toBe("pass");
    expect(local("{ disable: true }")).toBe("fail");
    expect(local("{ notifyAllParticipants: true }")).toBe("fail");
    expect(local("{ disable: 'true', notifyAllParticipants: true }")).toBe("fail");
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

describe("readJitsiConfig against prototype pollution", () => {
  const proto = Object.prototype as Record<string, unknown>;
  const clean = () => {
    for (const key of ["polluted", "disableThirdPartyRequests"]) delete proto[key];
  };

  it("refuses __proto__, constructor and prototype and leaves Object.prototype alone", () => {
    try {
      const { config, refused } = readJitsiConfig(`${HOSTILE_PROTO_CONFIG}
        config.constructor.prototype.polluted = 'yes';
        config.x = { __proto__: { disable: true } };`);
      expect(proto.polluted).toBeUndefined();
      expect(proto.disableThirdPartyRequests).toBeUndefined();
      expect(refused).toEqual([
        "config.__proto__.disableThirdPartyRequests",
        "config.__proto__.polluted",
        "config.constructor.prototype.polluted",
        "{ __proto__: … }",
      ]);
      expect(Object.getPrototypeOf(config)).toBeNull();
      expect(config.x).toBeInstanceOf(Expression);
      // The report names the refusal; a later, clean server is judged on its own settings.
      expect(checkConfig(HOSTILE_PROTO_CONFIG)[0]).toMatchObject({
        status: "fail",
        check: "config.js settings",
      });
      expect(statusOf(checkConfig("var config = { hosts: {} };"), "third-party requests")).toBe(
        "fail",
      );
    } finally {
      clean();
    }
  });

  it("reads only own settings, never inherited ones", () => {
    const { config } = readJitsiConfig("var config = { hosts: {} };");
    expect(getSetting(config, "toString")).toBeUndefined();
    expect(getSetting({ hosts: {} }, "hosts.constructor")).toBeUndefined();
    expect(readJitsiConfig("config.a = constructor;").config.a).toBeInstanceOf(Expression);
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

// Each run of the CLI is a new Node process: on a loaded machine that alone can take seconds.
describe("check-server.mjs against nginx imitating Jitsi servers", { timeout: 20_000 }, () => {
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
      "local recording",
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

  it("reads a hostile 200 KB STUN entry quickly", async () => {
    const started = Date.now();
    const { stdout } = await run([servers.hostileStun, "--origin", OURS, "--ca", servers.caFile]);
    console.log(`check:server on the hostile STUN server: ${Date.now() - started} ms`);
    expect(line(stdout, "PASS", "STUN servers")).toContain("own: turn.bretten.example");
  });

  it("refuses a config.js that assigns through __proto__", async () => {
    const { code, stdout } = await run([
      servers.hostileProto,
      ...["--origin", OURS, "--ca", servers.caFile],
    ]);
    expect(line(stdout, "FAIL", "config.js settings")).toContain(
      "config.__proto__.disableThirdPartyRequests",
    );
    // Followed, the assignment set Object.prototype.disableThirdPartyRequests and this passed.
    expect(line(stdout, "FAIL", "third-party requests")).toBeDefined();
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

describe("check-server.mjs against servers that answer a byte every 700 ms", () => {
  let servers: FakeJitsiServers;
  let slow: SlowServers;
  beforeAll(async () => {
    servers = await startFakeJitsiServers();
    slow = await startSlowServers(servers.certFile, servers.keyFile);
  }, 15_000);
  afterAll(async () => {
    await slow?.stop();
    await servers?.stop();
  });

  // Without a deadline each request ran until the server stopped (30 s): the run was killed at
  // 20 s and had printed nothing.
  const run = (target: string) =>
    new Promise<{ code: number; stdout: string; ms: number }>((done) => {
      const started = Date.now();
      const args = [CLI, target, "--origin", OURS, "--ca", servers.caFile, "--timeout", "2000"];
      execFile("node", args, { timeout: 20_000 }, (error, stdout, stderr) =>
        done({
          code: error ? Number(error.code ?? 1) : 0,
          stdout: stdout + stderr,
          ms: Date.now() - started,
        }),
      );
    });

  it("ends each request at --timeout when the answer trickles in", async () => {
    const { code, stdout, ms } = await run(slow.slowAnswer);
    console.log(`check:server on the slow-answer server, --timeout 2000: ${ms} ms`);
    for (const path of ["/external_api.js", "/config.js"])
      expect(stdout).toContain(`no complete answer from ${slow.slowAnswer}${path} within 2000 ms`);
    expect(stdout).toMatch(/^Result: FAIL /m);
    expect(code).toBe(1);
  }, 25_000);

  it("ends the TLS handshake at --timeout when it trickles in", async () => {
    const { code, stdout, ms } = await run(slow.slowHandshake);
    console.log(`check:server on the slow-handshake server, --timeout 2000: ${ms} ms`);
    expect(stdout).toMatch(/^FAIL +TLS connection +no TLS handshake within 2000 ms$/m);
    expect(stdout).toMatch(/^FAIL +config\.js reachable +no complete answer .* within 2000 ms$/m);
    expect(code).toBe(1);
  }, 25_000);
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
