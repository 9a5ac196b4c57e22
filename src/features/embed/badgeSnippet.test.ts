import { describe, expect, it } from "vitest";
import { contrastRatio } from "../../config/contrast";
import { TENANTS } from "../../config/tenants";
import { buildBadgeSnippet } from "./badgeSnippet";

const input = {
  origin: "https://peter-ruft-paul.bretten.de/",
  appName: "Peter ruft Paul",
  action: "Videokonferenz starten",
  label: "Peter ruft Paul: Videokonferenz der Stadt Bretten starten",
  colors: { primary: "#a3161f", onPrimary: "#ffffff" },
};

function parse(html: string) {
  const container = document.createElement("div");
  container.innerHTML = html;
  return container;
}

describe("buildBadgeSnippet", () => {
  it("is one link to the app with an accessible name and a decorative picture", () => {
    const root = parse(buildBadgeSnippet(input));
    const link = root.querySelector("a");
    expect(root.children).toHaveLength(1);
    expect(link?.getAttribute("href")).toBe("https://peter-ruft-paul.bretten.de/");
    expect(link?.getAttribute("aria-label")).toBe(input.label);
    expect(root.querySelector("svg")?.getAttribute("aria-hidden")).toBe("true");
    expect(root.textContent).toContain("Peter ruft Paul");
  });

  it("loads nothing and runs nothing: no script, no image, no style, no event handler", () => {
    const html = buildBadgeSnippet(input);
    expect(html).not.toMatch(/<script|<img|<image|<link|<iframe|style=|\son\w+=|url\(/i);
    const urls = html.match(/https?:\/\/[^"'\s]+/g);
    expect(urls).toEqual(["https://peter-ruft-paul.bretten.de/", "http://www.w3.org/2000/svg"]);
  });

  it("is a big enough touch target", () => {
    const svg = parse(buildBadgeSnippet(input)).querySelector("svg");
    expect(Number(svg?.getAttribute("height"))).toBeGreaterThanOrEqual(44);
    expect(Number(svg?.getAttribute("width"))).toBeGreaterThanOrEqual(44);
  });

  it("escapes what it is given", () => {
    const html = buildBadgeSnippet({ ...input, appName: '<b onclick="x">&', label: 'a"b' });
    expect(parse(html).querySelector("b")).toBeNull();
    expect(parse(html).querySelector("a")?.getAttribute("aria-label")).toBe('a"b');
  });

  it.each(Object.values(TENANTS))("uses $id's colours with AA contrast", (tenant) => {
    expect(contrastRatio(tenant.colors.onPrimary, tenant.colors.primary)).toBeGreaterThanOrEqual(
      4.5,
    );
  });
});
