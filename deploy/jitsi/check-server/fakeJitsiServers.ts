/**
 * Test fixture: imitations of a Jitsi web server, served by the system's nginx on loopback with
 * certificates from a CA made for the test. The GOOD one serves the deployment's real
 * custom-config.js and web-security.conf; the BAD one has every problem check:server must catch;
 * the HOSTILE ones serve a config.js made to hurt the checker (see hostileServers.ts for those
 * that answer slowly).
 */
import { type ChildProcess, execFileSync, spawn, spawnSync } from "node:child_process";
import { chmodSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createConnection, createServer } from "node:net";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { renderMain } from "../../../scripts/nginxConfig.mjs";

const DEPLOY = resolve(__dirname, "..");

export interface FakeJitsiServers {
  good: string;
  bad: string;
  /** config.js with a STUN entry of 200 KB of "?": quadratic for /\?.*$/. */
  hostileStun: string;
  /** config.js that assigns through `__proto__`. */
  hostileProto: string;
  caFile: string;
  /** A certificate for 127.0.0.1 signed by the test CA, and its key. */
  certFile: string;
  keyFile: string;
  stop(): Promise<void>;
}

/** What docker-jitsi-meet generates before it appends custom-config.js (abridged). */
const GENERATED_CONFIG = `// Jitsi Meet configuration.
var config = {};
config.hosts = {};
config.hosts.domain = 'meet.jitsi';
config.bosh = 'https://127.0.0.1/' + subdir + 'http-bind';
config.p2p = {
    enabled: true,
    codecPreferenceOrder: ["AV1", "VP9", "VP8", "H264"]
};
config.analytics = {};
config.prejoinConfig = {
    enabled: true,
    hideDisplayName: false
};
config.disableDeepLinking = false;
`;

const BAD_CONFIG = `${GENERATED_CONFIG}
config.p2p.stunServers = 'meet-jit-si-turnrelay.jitsi.net:443'.split(',').map(function (url) { return { urls: 'stun:' + url }; } );
config.analytics.scriptURLs = [ 'https://tracker.invalid/analytics.js' ];
config.prejoinConfig.enabled = false;
config.securityUi = { hideLobbyButton: true };
`;

/** One STUN "URL" of about 200 KB: "?" after "?" and a line break, as a string escape. */
export const HOSTILE_STUN_CONFIG = `${GENERATED_CONFIG}
config.p2p.stunServers = [{ urls: 'stun:turn.bretten.example:3478' }, { urls: 'stun:${"?".repeat(200_000)}\\nx' }];
`;

/** Old readers followed `__proto__` and set Object.prototype.disableThirdPartyRequests. */
export const HOSTILE_PROTO_CONFIG = `${GENERATED_CONFIG}
config.__proto__.disableThirdPartyRequests = true;
config['__proto__'].polluted = 'yes';
`;

const EXTERNAL_API =
  "var JitsiMeetExternalAPI = function (domain, options) { this.domain = domain; };\n";

export async function startFakeJitsiServers(): Promise<FakeJitsiServers> {
  const nginx = ["nginx", "/usr/sbin/nginx"].find((bin) => spawnSync(bin, ["-v"]).status === 0);
  if (!nginx) throw new Error('nginx is not installed (Debian: "apt-get install nginx")');
  const dir = mkdtempSync(join(tmpdir(), "prp-check-server-"));
  // nginx's workers run as "nobody" when the test runs as root: they must read the site files.
  chmodSync(dir, 0o755);
  makeCertificates(dir);
  writeSite(
    join(dir, "good"),
    `${GENERATED_CONFIG}\n${readFileSync(join(DEPLOY, "custom-config.js"), "utf8")}`,
  );
  writeSite(join(dir, "bad"), BAD_CONFIG);
  writeSite(join(dir, "stun"), HOSTILE_STUN_CONFIG);
  writeSite(join(dir, "proto"), HOSTILE_PROTO_CONFIG);
  for (const temp of ["client_body", "proxy", "fastcgi", "uwsgi", "scgi"])
    mkdirSync(join(dir, temp));

  const ports: number[] = [];
  for (let n = 0; n < 4; n += 1) ports.push(await freePort(ports));
  const [goodPort = 0, badPort = 0, stunPort = 0, protoPort = 0] = ports;
  writeFileSync(
    join(dir, "nginx.conf"),
    nginxConfig(dir, { good: goodPort, bad: badPort, stun: stunPort, proto: protoPort }),
  );
  const child = spawn(nginx, ["-c", join(dir, "nginx.conf"), "-p", dir, "-e", "stderr"], {
    stdio: ["ignore", "ignore", "pipe"],
  });
  let stderr = "";
  child.stderr?.on("data", (chunk) => {
    stderr += chunk;
  });
  try {
    await Promise.all(ports.map((port) => waitForPort(port, child)));
  } catch (error) {
    await stopProcess(child);
    rmSync(dir, { recursive: true, force: true });
    throw new Error(`nginx did not start: ${(error as Error).message}\n${stderr}`);
  }
  return {
    good: `https://127.0.0.1:${goodPort}`,
    bad: `https://127.0.0.1:${badPort}`,
    hostileStun: `https://127.0.0.1:${stunPort}`,
    hostileProto: `https://127.0.0.1:${protoPort}`,
    caFile: join(dir, "ca.crt"),
    certFile: join(dir, "good.crt"),
    keyFile: join(dir, "good.key"),
    async stop() {
      await stopProcess(child);
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

function makeCertificates(dir: string) {
  const openssl = (...args: string[]) => execFileSync("openssl", args, { cwd: dir, stdio: "pipe" });
  const ec = ["-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:prime256v1", "-nodes"];
  openssl(
    "req",
    "-x509",
    ...ec,
    "-keyout",
    "ca.key",
    "-out",
    "ca.crt",
    "-days",
    "30",
    "-subj",
    "/CN=Peter ruft Paul test CA",
    "-addext",
    "basicConstraints=critical,CA:TRUE",
    "-addext",
    "keyUsage=critical,keyCertSign,cRLSign",
  );
  writeFileSync(
    join(dir, "server.ext"),
    "basicConstraints=CA:FALSE\nkeyUsage=digitalSignature\nextendedKeyUsage=serverAuth\nsubjectAltName=IP:127.0.0.1\n",
  );
  // The good certificate lasts 90 days; the bad one expires tomorrow.
  for (const [name, days] of [
    ["good", "90"],
    ["bad", "1"],
  ] as const) {
    openssl(
      "req",
      "-new",
      ...ec,
      "-keyout",
      `${name}.key`,
      "-out",
      `${name}.csr`,
      "-subj",
      "/CN=127.0.0.1",
    );
    openssl(
      "x509",
      "-req",
      "-in",
      `${name}.csr`,
      "-CA",
      "ca.crt",
      "-CAkey",
      "ca.key",
      "-CAcreateserial",
      "-days",
      days,
      "-extfile",
      "server.ext",
      "-out",
      `${name}.crt`,
    );
  }
}

function writeSite(root: string, config: string) {
  mkdirSync(root, { mode: 0o755 });
  writeFileSync(join(root, "external_api.js"), EXTERNAL_API, { mode: 0o644 });
  writeFileSync(join(root, "config.js"), config, { mode: 0o644 });
  writeFileSync(join(root, "index.html"), "<!doctype html><title>Meeting</title>\n", {
    mode: 0o644,
  });
}

function nginxConfig(dir: string, ports: Record<"good" | "bad" | "stun" | "proto", number>) {
  const server = (port: number, name: string, extra: string, cert = name) => `
  server {
    listen 127.0.0.1:${port} ssl;
    ssl_certificate ${dir}/${cert}.crt;
    ssl_certificate_key ${dir}/${cert}.key;
    root ${dir}/${name};
    ${extra}
    location / { try_files $uri /index.html; }
  }`;
  // The same unprivileged main config as the front end's own nginx runner.
  return renderMain({
    work: dir,
    site: [
      server(ports.good, "good", `include ${join(DEPLOY, "web-security.conf")};`),
      server(ports.bad, "bad", "add_header X-Frame-Options DENY always;"),
      server(ports.stun, "stun", "", "good"),
      server(ports.proto, "proto", "", "good"),
    ].join("\n"),
  });
}

/** A port in 20000-40000 that nothing listens on right now. */
export async function freePort(taken: number[] = []): Promise<number> {
  for (;;) {
    const port = 20000 + Math.floor(Math.random() * 20000);
    if (!taken.includes(port) && (await isFree(port))) return port;
  }
}

function isFree(port: number): Promise<boolean> {
  return new Promise((done) => {
    const probe = createServer();
    probe.once("error", () => done(false));
    probe.listen(port, "127.0.0.1", () => probe.close(() => done(true)));
  });
}

async function waitForPort(port: number, child: ChildProcess, timeoutMs = 5000) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`nginx exited with ${child.exitCode}`);
    const open = await new Promise<boolean>((done) => {
      const socket = createConnection({ host: "127.0.0.1", port });
      socket.once("connect", () => {
        socket.destroy();
        done(true);
      });
      socket.once("error", () => done(false));
    });
    if (open) return;
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error(`port ${port} did not open within ${timeoutMs} ms`);
}

function stopProcess(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((done) => {
    child.once("exit", () => done());
    child.kill("SIGTERM");
  });
}
