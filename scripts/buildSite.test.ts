// @vitest-environment node
import { describe, expect, it } from "vitest";
import { fillShell } from "./buildSite.mjs";

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

  it("escapes the title, which comes from translations", () => {
    const page = fillShell(shell, { html: "<p>x</p>", title: 'A & B <"x">' });
    expect(page).toContain("<title>A &#38; B &#60;&#34;x&#34;&#62;</title>");
  });

  it("keeps the shell's title when the page names none", () => {
    expect(fillShell(shell, { html: "<p>x</p>", title: "" })).toContain(
      "<title>App – Stadt</title>",
    );
  });

  it("refuses a shell without exactly one empty root element", () => {
    expect(() => fillShell("<body></body>", { html: "", title: "" })).toThrow(/id="root"/);
  });
});
