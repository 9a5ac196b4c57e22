import { describe, expect, it } from "vitest";
import { isPrerenderedFor } from "./prerenderedFor";

const at = (address: string) => {
  const url = new URL(address, "https://example.org");
  return { pathname: url.pathname, search: url.search };
};

describe("isPrerenderedFor", () => {
  it("accepts the page made for this very address", () => {
    expect(isPrerenderedFor("/", at("/"))).toBe(true);
    expect(isPrerenderedFor("/hilfe", at("/hilfe"))).toBe(true);
    expect(isPrerenderedFor("/hilfe?lang=tr", at("/hilfe?lang=tr"))).toBe(true);
  });

  it("ignores query parameters that do not shape the page, and normalises the language", () => {
    expect(isPrerenderedFor("/", at("/?utm_source=flyer"))).toBe(true);
    expect(isPrerenderedFor("/hilfe?lang=tr", at("/hilfe?lang=TR&x=1"))).toBe(true);
    // A language the app does not know is carried nowhere: the page without one fits.
    expect(isPrerenderedFor("/", at("/?lang=xx"))).toBe(true);
  });

  it("refuses the start page served for a room or another page (a static server's fallback)", () => {
    expect(isPrerenderedFor("/", at("/OmaErna"))).toBe(false);
    expect(isPrerenderedFor("/", at("/hilfe"))).toBe(false);
    expect(isPrerenderedFor("/", at("/index.html"))).toBe(false);
    expect(isPrerenderedFor("/hilfe", at("/hilfe/"))).toBe(false);
    expect(isPrerenderedFor("/", at("/neu"))).toBe(false);
  });

  it("refuses a page in another chosen language, or without the chosen one", () => {
    expect(isPrerenderedFor("/", at("/?lang=tr"))).toBe(false);
    expect(isPrerenderedFor("/?lang=tr", at("/"))).toBe(false);
    expect(isPrerenderedFor("/?lang=tr", at("/?lang=en"))).toBe(false);
  });

  it("refuses HTML that does not say what it was made for", () => {
    expect(isPrerenderedFor(undefined, at("/"))).toBe(false);
    expect(isPrerenderedFor(null, at("/"))).toBe(false);
    expect(isPrerenderedFor("", at("/"))).toBe(false);
    expect(isPrerenderedFor("//evil.example/", at("/"))).toBe(false);
  });
});
