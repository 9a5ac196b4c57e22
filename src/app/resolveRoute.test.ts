import { describe, expect, it } from "vitest";
import { resolveRoute } from "./resolveRoute";

describe("resolveRoute", () => {
  it.each([
    ["/", { name: "home" }],
    ["/auf-wiedersehen", { name: "goodbye" }],
    ["/ApfelWolkeGeigeTurmKatzeBrot", { name: "meeting", room: "ApfelWolkeGeigeTurmKatzeBrot" }],
    ["/Oma%20Erna", { name: "meeting", room: "OmaErna" }],
    ["/impressum", { name: "info", page: "imprint" }],
    ["/datenschutz", { name: "info", page: "privacy" }],
    ["/barrierefreiheit", { name: "info", page: "accessibility" }],
    ["/hilfe", { name: "info", page: "help" }],
    ["/hilfe/", { name: "info", page: "help" }],
    ["/leichte-sprache", { name: "info", page: "easyLanguage" }],
    ["/einbinden", { name: "info", page: "embed" }],
    ["/neu", { name: "newRoom" }],
    ["/beitreten", { name: "join" }],
    // Names of the build's HTML files: a room there would get the wrong prerendered page.
    ["/index", { name: "notFound" }],
    ["/app", { name: "notFound" }],
    // Reserved, so never a room, but the pages live at their lower-case paths only.
    ["/Impressum", { name: "notFound" }],
    ["/constructor", { name: "meeting", room: "Constructor" }],
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
