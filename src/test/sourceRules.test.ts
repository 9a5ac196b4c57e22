import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
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
});
