/**
 * Builds Jitsi's OWN current code for the e2e suite, at test time, into a gitignored cache:
 * - `external_api.js`: jitsi-meet's iframe API (`modules/API/external/index.js`), as its server
 *   serves it, exposing `window.JitsiMeetExternalAPI`;
 * - `jitsi-modules.js`: the meeting-page modules the stand-in page applies (./jitsi-modules.entry.js).
 * Source: the npm package pinned in ./pin.json (version + tarball integrity), which publishes
 * jitsi-meet's `modules/` and `react/` trees. Nothing of Jitsi is committed; the cache is reused
 * while the pin and our entry files are unchanged. Registry only: `npm pack`, `npm install`.
 * Run alone: `node tests/jitsi-stand-in/real/build.mjs`.
 */
import { execFileSync } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const here = dirname(fileURLToPath(import.meta.url));
const root = resolve(here, "../../..");
const pin = JSON.parse(readFileSync(join(here, "pin.json"), "utf8"));
const ENTRY = join(here, "jitsi-modules.entry.js");

export const CACHE_DIR = join(root, ".cache/jitsi", pin.version);
export const REAL_EXTERNAL_API = join(CACHE_DIR, "external_api.js");
export const REAL_JITSI_MODULES = join(CACHE_DIR, "jitsi-modules.js");
const STAMP = join(CACHE_DIR, "stamp.json");

const sha = (algorithm, data, encoding) => createHash(algorithm).update(data).digest(encoding);

/** What the outputs depend on: a change of any of these rebuilds. */
function wantedStamp() {
  const ours = [join(here, "pin.json"), join(here, "build.mjs"), ENTRY]
    .map((file) => readFileSync(file))
    .reduce((hash, data) => hash.update(data), createHash("sha256"))
    .digest("hex");
  return { version: pin.version, integrity: pin.integrity, ours };
}

function cacheIsValid() {
  if (!existsSync(STAMP) || !existsSync(REAL_EXTERNAL_API) || !existsSync(REAL_JITSI_MODULES))
    return false;
  return JSON.stringify(JSON.parse(readFileSync(STAMP, "utf8"))) === JSON.stringify(wantedStamp());
}

const npm = (args) =>
  execFileSync("npm", args, { cwd: CACHE_DIR, stdio: ["ignore", "pipe", "inherit"] }).toString();

/** `npm pack` the pinned tarball (unless already here) and check it against the pinned integrity. */
function fetchTarball() {
  const tarball = join(CACHE_DIR, `jitsi-react-native-sdk-${pin.version}.tgz`);
  const integrity = () => `sha512-${sha("sha512", readFileSync(tarball), "base64")}`;
  if (!existsSync(tarball) || integrity() !== pin.integrity) {
    npm(["pack", `${pin.package}@${pin.version}`, "--pack-destination", CACHE_DIR, "--silent"]);
  }
  const got = integrity();
  if (got !== pin.integrity) {
    rmSync(tarball, { force: true });
    throw new Error(`${pin.package}@${pin.version}: integrity ${got}, pinned ${pin.integrity}`);
  }
  return tarball;
}

function unpack(tarball) {
  rmSync(join(CACHE_DIR, "package"), { recursive: true, force: true });
  execFileSync("tar", ["-xzf", tarball, "-C", CACHE_DIR, "package/modules", "package/react"]);
}

/** The package's own pins of the few dependencies these entry points reach, and esbuild. */
function installDependencies() {
  const manifest = JSON.stringify({ private: true, dependencies: pin.dependencies }, null, 2);
  const marker = join(CACHE_DIR, "node_modules/.pinned.json");
  if (existsSync(marker) && readFileSync(marker, "utf8") === manifest) return;
  writeFileSync(join(CACHE_DIR, "package.json"), manifest);
  npm(["install", "--no-audit", "--no-fund", "--no-package-lock", "--ignore-scripts", "--silent"]);
  writeFileSync(marker, manifest);
}

async function bundle() {
  const require = createRequire(join(CACHE_DIR, "package.json"));
  const esbuild = await import(pathToFileURL(require.resolve("esbuild")).href);
  const jitsiRoot = join(CACHE_DIR, "package");
  const common = {
    bundle: true,
    platform: "browser",
    format: "iife",
    target: "es2020",
    resolveExtensions: [".web.ts", ".web.tsx", ".web.js", ".ts", ".tsx", ".js", ".json"],
    define: { "process.env.NODE_ENV": '"production"' },
    nodePaths: [join(CACHE_DIR, "node_modules")],
    // Not our tsconfig.json (its verbatimModuleSyntax would keep Jitsi's type-only imports and
    // pull React in): the same bundle wherever the repository lies.
    tsconfigRaw: {},
    logLevel: "warning",
    legalComments: "inline",
  };
  await esbuild.build({
    ...common,
    entryPoints: [join(jitsiRoot, "modules/API/external/index.js")],
    globalName: "__jitsiExternalApi",
    footer: { js: "window.JitsiMeetExternalAPI = __jitsiExternalApi;" },
    outfile: REAL_EXTERNAL_API,
  });
  await esbuild.build({
    ...common,
    entryPoints: [ENTRY],
    globalName: "JitsiModules",
    // lodash-es in the version the package pins, not whatever our node_modules holds.
    alias: { "jitsi-meet": jitsiRoot, "lodash-es": join(CACHE_DIR, "node_modules/lodash-es") },
    outfile: REAL_JITSI_MODULES,
  });
}

/** Builds (or reuses) the real files; returns where they are and how long it took. */
export async function buildRealJitsi({ log = console.log } = {}) {
  const started = performance.now();
  mkdirSync(CACHE_DIR, { recursive: true });
  const cached = cacheIsValid();
  if (!cached) {
    rmSync(STAMP, { force: true });
    unpack(fetchTarball());
    installDependencies();
    await bundle();
    writeFileSync(STAMP, JSON.stringify(wantedStamp()));
  }
  const ms = Math.round(performance.now() - started);
  const kb = (file) => (statSync(file).size / 1024).toFixed(1);
  log(
    `Jitsi ${pin.package}@${pin.version}: external_api.js ${kb(REAL_EXTERNAL_API)} KB, ` +
      `jitsi-modules.js ${kb(REAL_JITSI_MODULES)} KB, ${cached ? "cached" : "built"} in ${ms} ms`,
  );
  return { cached, ms, externalApi: REAL_EXTERNAL_API, modules: REAL_JITSI_MODULES };
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  await buildRealJitsi();
}
