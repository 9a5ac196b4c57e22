#!/usr/bin/env node
// `npm run bench:accept-language`: how long nginx takes to pick a page's language for a normal and
// for a hostile Accept-Language header (one built to make a backtracking regex blow up). A
// benchmark: it prints figures, it does not judge. BENCH_PORT (default 4290) and DIST (default
// dist-e2e/bretten, from "npm run build:e2e") choose the port and the build; ROUNDS the requests.
import { spawn } from "node:child_process";
import { existsSync } from "node:fs";
import http from "node:http";

const PORT = Number(process.env.BENCH_PORT ?? 4290);
const DIST = process.env.DIST ?? "dist-e2e/bretten";
const ROUNDS = Number(process.env.ROUNDS ?? 200);
const HEADERS = {
  normal: "fr-FR,fr;q=0.9,en-US;q=0.8,en;q=0.7",
  hostile: `${"  x,".repeat(1500)}zz`,
  "hostile+tr": `${"  x,".repeat(1500)}tr`,
};

if (!existsSync(`${DIST}/index.html`)) {
  console.error(`bench:accept-language: no build in ${DIST}: run "npm run build:e2e" first.`);
  process.exit(1);
}
let errorLog = "";
const server = spawn("node", ["scripts/serve-nginx.mjs"], {
  env: { ...process.env, PORT: String(PORT), DIST },
  stdio: ["ignore", "ignore", "pipe"],
});
server.stderr.on("data", (chunk) => {
  errorLog += chunk;
});
const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
try {
  await waitForServer();
  console.log(`GET /hilfe through nginx, ${ROUNDS} requests each, one after another:`);
  for (const [name, header] of Object.entries(HEADERS)) {
    const times = [];
    let lang = "";
    for (let i = 0; i < ROUNDS; i++) {
      const start = process.hrtime.bigint();
      const body = await get("/hilfe", header);
      times.push(Number(process.hrtime.bigint() - start) / 1e6);
      lang = body.match(/<html lang="([^"]+)"/)?.[1] ?? "?";
    }
    times.sort((a, b) => a - b);
    const at = (q) => times[Math.min(times.length - 1, Math.floor(q * times.length))].toFixed(2);
    console.log(
      `  ${name.padEnd(10)} ${String(header.length).padStart(5)} bytes: median ${at(0.5)} ms, ` +
        `p90 ${at(0.9)} ms, served in "${lang}"`,
    );
  }
  const pcreErrors = errorLog.match(/pcre2?_\w+\(\) failed/g)?.length ?? 0;
  console.log(`  nginx error log: ${pcreErrors} regex failures, ${errorLog.length} bytes`);
} finally {
  agent.destroy();
  server.kill("SIGTERM");
}

function get(path, acceptLanguage) {
  return new Promise((resolve, reject) => {
    const request = http.get(
      {
        host: "127.0.0.1",
        port: PORT,
        path,
        agent,
        headers: { "Accept-Language": acceptLanguage },
      },
      (response) => {
        let body = "";
        response.setEncoding("utf8");
        response.on("data", (chunk) => {
          body += chunk;
        });
        response.on("end", () => resolve(body));
      },
    );
    request.on("error", reject);
  });
}

async function waitForServer() {
  for (let i = 0; i < 100; i++) {
    try {
      await get("/", "de");
      return;
    } catch {
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
  throw new Error(`nginx did not answer on port ${PORT}`);
}
