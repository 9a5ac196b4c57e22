// @vitest-environment node
import { execFile } from "node:child_process";
import { resolve } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type FakeJitsiServers, startFakeJitsiServers } from "./fakeJitsiServers.ts";
import { type SlowServers, startSlowServers } from "./hostileServers.ts";
import { USAGE } from "./main.ts";

const OURS = "https://peter-ruft-paul.example";
const CLI = resolve(__dirname, "run.mjs");

// Each run of the CLI is a new Node process: on a loaded machine that alone can take seconds.
describe("check:server against nginx imitating Jitsi servers", { timeout: 20_000 }, () => {
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
    expect(stdout).toContain(USAGE);
    expect(code).toBe(2);
  });
});

describe("check:server against servers that answer a byte every 700 ms", () => {
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
