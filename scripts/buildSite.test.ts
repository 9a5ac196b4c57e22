// @vitest-environment node

import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { PAGE_END_ID as PAGE_END_ID_OF_APP } from "../src/app/prerenderedFor";
import { WAIT_FOR_APP } from "../src/config/paths";
import {
  allowSources,
  chunksOf,
  fillShell,
  inlineStylesheets,
  PAGE_END_ID,
  startScriptAfterPaint,
} from "./buildSite.mjs";
import { HOLD } from "./pageStarter.mjs";

const shell =
  '<!doctype html><html><head><title>App – Stadt</title></head><body><div id="root"></div><script type="module" src="/assets/a.js"></script></body></html>';

describe("fillShell", () => {
  it("puts the page into the root element and names it in the title", () => {
    const page = fillShell(shell, { html: "<main><h1>Hilfe</h1></main>", title: "Hilfe – App" });
    expect(page).toContain('<div id="root"><main><h1>Hilfe</h1></main></div>');
    expect(page).toContain("<title>Hilfe – App</title>");
    expect(page).toContain('<script type="module" src="/assets/a.js"></script>');
  });

  it("marks the page's language and direction", () => {
    const page = fillShell(
      '<html lang="de" dir="ltr"><title>x</title><div id="root"></div></html>',
      { html: "<p>مرحبا</p>", title: "" },
      { code: "ar", dir: "rtl" },
    );
    expect(page).toMatch(/^<html lang="ar" dir="rtl">/);
  });

  it("puts the page's own description in, in its language", () => {
    const withMeta = shell.replace(
      "</head>",
      '<meta\n      name="description"\n      content="Deutsch"\n    /></head>',
    );
    const page = fillShell(withMeta, {
      html: "<p>x</p>",
      title: "",
      description: 'Calls & "more"',
    });
    expect(page).toContain('<meta name="description" content="Calls &#38; &#34;more&#34;" />');
    expect(page).not.toContain("Deutsch");
  });

  it("escapes the title, which comes from translations", () => {
    const page = fillShell(shell, { html: "<p>x</p>", title: 'A & B <"x">' });
    expect(page).toContain("<title>A &#38; B &#60;&#34;x&#34;&#62;</title>");
  });

  it("keeps the shell's title when the page names none", () => {
    expect(fillShell(shell, { html: "<p>x</p>", title: "" })).toContain(
      "<title>App – Stadt</title>",
    );
  });

  it("names the address the page was made for on its root element, escaped", () => {
    const page = fillShell(shell, { html: "<p>x</p>", title: "", address: '/hilfe?lang=tr&x="' });
    expect(page).toContain('<div id="root" data-page="/hilfe?lang=tr&#38;x=&#34;"><p>x</p></div>');
    expect(fillShell(shell, { html: "<p>x</p>", title: "" })).toContain('<div id="root"><p>');
  });

  it("refuses a shell without exactly one empty root element", () => {
    expect(() => fillShell("<body></body>", { html: "", title: "" })).toThrow(/id="root"/);
  });
});

describe("inlineStylesheets", () => {
  const css = "body{color:#222}";
  const page = '<head><link rel="stylesheet" crossorigin href="/assets/index-1.css"></head>';

  it("replaces the link with the stylesheet and returns the hash that admits exactly it", () => {
    const { html, hashes } = inlineStylesheets(page, (href) => {
      expect(href).toBe("/assets/index-1.css");
      return `${css}\n`;
    });
    expect(html).toBe(`<head><style>${css}</style></head>`);
    const expected = createHash("sha256").update(css).digest("base64");
    expect(hashes).toEqual([`'sha256-${expected}'`]);
  });

  it("refuses a stylesheet that would end the style element early", () => {
    expect(() => inlineStylesheets(page, () => "a{}</style><script>")).toThrow(/cannot be inlined/);
  });
});

describe("chunksOf", () => {
  const manifest = {
    "src/main.tsx": { file: "assets/index-1.js", imports: ["_react-1.js"] },
    "_react-1.js": { file: "assets/react-1.js" },
    "src/app/MeetingRoute.tsx": {
      file: "assets/MeetingRoute-1.js",
      css: ["assets/MeetingRoute-1.css"],
      imports: ["_react-1.js", "_clipboard-1.js"],
    },
    "_clipboard-1.js": { file: "assets/clipboard-1.js", imports: ["_react-1.js"] },
  };

  it("names a source's chunk, its styles and all it imports, once", () => {
    expect(chunksOf(manifest, ["src/app/MeetingRoute.tsx"])).toEqual([
      "/assets/MeetingRoute-1.js",
      "/assets/MeetingRoute-1.css",
      "/assets/react-1.js",
      "/assets/clipboard-1.js",
    ]);
  });

  it("fails loudly when a source is not in the build", () => {
    expect(() => chunksOf(manifest, ["src/app/Gone.tsx"])).toThrow(/no src\/app\/Gone.tsx/);
  });
});

describe("startScriptAfterPaint", () => {
  const starterOf = (html: string) =>
    html.match(/<script type="module">([\s\S]*?)<\/script>/)?.[1] ?? "";

  it("replaces the module script with a starter admitted by its hash", () => {
    const { html, hash } = startScriptAfterPaint(
      '<head><script type="module" crossorigin src="/assets/index-1.js"></script></head>',
    );
    const starter = starterOf(html);
    expect(starter).toMatch(/^\(function pageStarter\(/);
    expect(starter).toMatch(
      /\}\)\("\/assets\/index-1\.js",\["\/assets\/index-1\.js"\],\{[^}]+\}\);$/,
    );
    expect(starter).toContain("requestAnimationFrame");
    expect(html).not.toMatch(/<script[^>]* src=/);
    expect(hash).toBe(`'sha256-${createHash("sha256").update(starter).digest("base64")}'`);
  });

  it("fetches the entry's steps from the starter, not in the HTML before the paint", () => {
    const { html } = startScriptAfterPaint(
      '<head><link rel="modulepreload" crossorigin href="/assets/react-1.js">\n<script type="module" crossorigin src="/assets/index-1.js"></script></head>',
    );
    expect(html).not.toContain('rel="modulepreload"');
    const starter = starterOf(html);
    expect(starter).toContain('["/assets/index-1.js","/assets/react-1.js"]');
    expect(starter).toMatch(/rel: "modulepreload"/);
  });

  it("paints once the footer has arrived", () => {
    const { html } = startScriptAfterPaint(
      '<head><script type="module" crossorigin src="/assets/index-1.js"></script></head>',
    );
    expect(PAGE_END_ID).toBe(PAGE_END_ID_OF_APP);
    expect(html).toContain(`<link rel="expect" href="#${PAGE_END_ID}" blocking="render" />`);
  });

  it("holds the form the app names, by the same attribute and event", () => {
    const { waitMs: _, ...named } = HOLD;
    expect(named).toEqual(WAIT_FOR_APP);
  });

  it("gives the starter what a waiting call needs first, each file once and none it has", () => {
    const { html } = startScriptAfterPaint(
      '<head><link rel="modulepreload" crossorigin href="/assets/react-1.js">\n<script type="module" crossorigin src="/assets/index-1.js"></script></head>',
      [
        "https://meet.example.org/external_api.js",
        "/assets/MeetingRoute-1.js",
        "/assets/createRoomName-1.js",
        "/assets/react-1.js",
      ],
      ["/assets/createRoomName-1.js", "/assets/react-1.js"],
    );
    expect(starterOf(html)).toContain(
      '"fetch":["https://meet.example.org/external_api.js","/assets/MeetingRoute-1.js"],"ahead":["/assets/createRoomName-1.js"]',
    );
  });

  it("fails loudly on a page without the module script", () => {
    expect(() => startScriptAfterPaint("<head></head>")).toThrow(/no module script/);
  });
});

describe("allowSources", () => {
  const snippet = `add_header Content-Security-Policy "default-src 'none'; style-src 'self'; img-src 'self'" always;`;

  it("adds the hashes to style-src and nothing else", () => {
    expect(allowSources(snippet, "style-src", ["'sha256-abc'"])).toBe(
      `add_header Content-Security-Policy "default-src 'none'; style-src 'self' 'sha256-abc'; img-src 'self'" always;`,
    );
  });

  it("fails loudly when there is no style-src to extend", () => {
    expect(() => allowSources("add_header X 1;", "style-src", ["'sha256-abc'"])).toThrow(
      /no style-src/,
    );
  });
});
