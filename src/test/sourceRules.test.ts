import { readdirSync, readFileSync } from "node:fs";
import { dirname, join, relative, sep } from "node:path";
import { describe, expect, it } from "vitest";

const SRC = join(__dirname, "..");

function sourceFiles(dir = SRC): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name) ? [path] : [];
  });
}

/** The Jitsi embedding: the only importer of the SDK and the only loader of its script. */
const JITSI_MODULE = join("features", "meeting", "jitsi");

const files = sourceFiles().map((path) => ({
  path: relative(SRC, path),
  text: readFileSync(path, "utf8"),
}));

describe("rules the whole code base keeps", () => {
  it("reads some source files (so the rules below check something)", () => {
    expect(files.length).toBeGreaterThan(10);
  });

  it("never uses Math.random: room names are secrets", () => {
    expect(files.filter((f) => /Math\.random/.test(f.text)).map((f) => f.path)).toEqual([]);
  });

  it("imports the Jitsi SDK in exactly one module", () => {
    const importers = files
      .filter((f) => /from\s+["']@jitsi\/react-sdk/.test(f.text))
      .map((f) => f.path);
    expect(importers).toEqual([join(JITSI_MODULE, "JitsiRoom.tsx")]);
  });

  it("has one loader of Jitsi's script: the only script element, the only reader of its global", () => {
    const loaders = files
      .filter((f) => /createElement\(\s*["'`]script|JitsiMeetExternalAPI/.test(f.text))
      .map((f) => f.path);
    expect(loaders).toEqual([join(JITSI_MODULE, "loadExternalApi.ts")]);
  });

  it("reaches the jitsi/ module only through its index", () => {
    const reachingIn = files
      .filter((f) => !f.path.startsWith(JITSI_MODULE))
      .filter((f) => /(from\s+|import\()["'][^"']*\/jitsi\/[^"']+["']/.test(f.text))
      .map((f) => f.path);
    expect(reachingIn).toEqual([]);
  });

  it("reads import.meta.env only in config/", () => {
    const readers = files.filter((f) => /import\.meta\.env/.test(f.text)).map((f) => f.path);
    expect(readers.every((path) => path.startsWith("config"))).toBe(true);
  });

  it("keeps the import directions: a wrong import fails here", () => {
    expect(importEdges.length).toBeGreaterThan(100);
    const wrong = importEdges
      .filter(({ from, to }) => !mayImport(layerOf(from), layerOf(to)))
      .map(({ from, specifier }) => `${from} imports ${specifier}`);
    expect(wrong).toEqual([]);
  });

  it("keeps the domain pure: no React, no browser, no package", () => {
    const impure = files
      .filter((f) => layerOf(f.path) === "domain")
      .filter(
        (f) =>
          specifiers(f.text).some((specifier) => !specifier.startsWith(".")) ||
          /\b(window|document|localStorage|sessionStorage|navigator|location)\./.test(
            withoutComments(f.text),
          ),
      )
      .map((f) => f.path);
    expect(impure).toEqual([]);
  });
});

/**
 * Who may import whom (README, "Code map"). The domain (room names, guest links, what travels in
 * history state) is pure and imports nothing else; browser adapters in lib/ may use it and the
 * configuration; a feature uses the shared layers and never another feature; only app/ composes
 * features; main.tsx and entry-prerender.tsx sit on top.
 */
const SHARED = ["components", "i18n", "lib", "config", "domain", "locales"];
const MAY_IMPORT: Record<string, readonly string[]> = {
  domain: ["domain"],
  config: ["config"],
  lib: ["lib", "domain", "config"],
  i18n: ["i18n", "lib", "config", "domain", "locales"],
  components: SHARED,
  feature: SHARED,
  app: [...SHARED, "app", "feature"],
  top: [...SHARED, "app", "feature", "top"],
};

/** "features/invite" for a feature's file, "top" for a file in src/ itself, else the folder. */
function layerOf(path: string): string {
  const parts = path.split(sep);
  if (parts[0] === "..") return parts[1] ?? "";
  if (parts.length === 1) return /\.tsx?$/.test(path) ? "top" : (parts[0] ?? "");
  return parts[0] === "features" ? `features/${parts[1]}` : (parts[0] ?? "");
}

function mayImport(from: string, to: string): boolean {
  if (from === to) return true;
  const kind = (layer: string) => (layer.startsWith("features/") ? "feature" : layer);
  // A feature's own folder is itself; another feature is only for app/ and the top.
  if (kind(from) === "feature" && kind(to) === "feature") return false;
  return (MAY_IMPORT[kind(from)] ?? []).includes(kind(to));
}

function withoutComments(text: string): string {
  return text.replace(/\/\*[\s\S]*?\*\//g, "").replace(/(^|[^:])\/\/.*$/gm, "$1");
}

function specifiers(text: string): string[] {
  const found = text.matchAll(
    /(?:^|\n)\s*(?:import|export)\b[^;]*?\bfrom\s*["']([^"']+)["']|(?:^|\n)\s*import\s*["']([^"']+)["']|\bimport\(\s*["']([^"']+)["']\s*\)/g,
  );
  return [...found].map((match) => match[1] ?? match[2] ?? match[3] ?? "");
}

/** Every relative import of the app's source (tests left out: they may reach anywhere). */
const importEdges = files
  .filter((f) => layerOf(f.path) !== "test")
  .flatMap((f) =>
    specifiers(f.text)
      .filter((specifier) => specifier.startsWith("."))
      .map((specifier) => ({
        from: f.path,
        specifier,
        to: relative(SRC, join(SRC, dirname(f.path), specifier)),
      })),
  );
