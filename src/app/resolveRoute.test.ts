import { describe, expect, it } from "vitest";
import { resolveRoute } from "./resolveRoute";

describe("resolveRoute", () => {
  it.each([
    ["/", { name: "home" }],
    ["/auf-wiedersehen", { name: "goodbye" }],
    ["/ApfelWolkeGeigeTurmKatzeBrot", { name: "meeting", room: "ApfelWolkeGeigeTurmKatzeBrot" }],
    ["/Oma%20Erna", { name: "meeting", room: "OmaErna" }],
    ["/impressum", { name: "notFound" }],
    ["/Impressum", { name: "notFound" }],
    ["/assets/index.js", { name: "notFound" }],
    ["/ab", { name: "notFound" }],
    // Broken percent-encoding is kept as plain letters rather than throwing.
    ["/%E4%zz", { name: "meeting", room: "E4Zz" }],
    ["/%", { name: "notFound" }],
  ])("%s -> %j", (path, route) => {
    expect(resolveRoute(path)).toEqual(route);
  });

  it("turns hostile paths into a clean room name or nothing, never markup", () => {
    const route = resolveRoute("/%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E");
    if (route.name === "meeting") expect(route.room).toMatch(/^[A-Za-z0-9]+$/);
    else expect(route.name).toBe("notFound");
  });
});
