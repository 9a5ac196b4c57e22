import { describe, expect, it } from "vitest";
import { PATHS, RESERVED_PATHS } from "./paths";

describe("RESERVED_PATHS", () => {
  it("holds every path of the app, so no room can take one", () => {
    const pages = Object.values(PATHS).filter((path) => path !== PATHS.home);
    expect(pages.length).toBeGreaterThan(5);
    for (const path of pages) expect(RESERVED_PATHS).toContain(path.slice(1));
  });

  it("holds the names the site serves at its root", () => {
    expect(RESERVED_PATHS).toEqual(
      expect.arrayContaining(["assets", "index.html", "app.html", "_pages", "config.js"]),
    );
  });

  it("lists each name once, without a slash", () => {
    expect(new Set(RESERVED_PATHS).size).toBe(RESERVED_PATHS.length);
    expect(RESERVED_PATHS.filter((name) => name.includes("/"))).toEqual([]);
  });
});
