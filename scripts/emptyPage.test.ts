import { afterEach, describe, expect, it } from "vitest";
import { EMPTY_PAGE, pageHeaders, serveEmptyPage } from "./emptyPage.mjs";

describe("pageHeaders", () => {
  it("keeps the headers that say how to handle a page and drops how it was sent", () => {
    const sent = new Headers({
      "Content-Security-Policy": "default-src 'none'",
      "Cross-Origin-Opener-Policy": "same-origin",
      "Content-Type": "text/html; charset=utf-8",
      "Content-Encoding": "gzip",
      "Content-Length": "6102",
      ETag: 'W/"6b17-42e3"',
      Vary: "Accept-Language",
      "Cache-Control": "no-cache",
    });
    expect(pageHeaders(sent)).toEqual({
      "content-security-policy": "default-src 'none'",
      "cross-origin-opener-policy": "same-origin",
    });
  });
});

describe("serveEmptyPage", () => {
  let close: (() => Promise<void>) | undefined;
  afterEach(async () => {
    await close?.();
    close = undefined;
  });

  it("serves the empty page plain", async () => {
    const server = await serveEmptyPage();
    close = server.close;
    const response = await fetch(server.url);
    expect(await response.text()).toBe(EMPTY_PAGE);
    expect(response.headers.get("cross-origin-opener-policy")).toBeNull();
  });

  it("serves it with the headers it is given, as the floor of pages that send them", async () => {
    const server = await serveEmptyPage({ "Cross-Origin-Opener-Policy": "same-origin" });
    close = server.close;
    const response = await fetch(server.url);
    expect(response.headers.get("cross-origin-opener-policy")).toBe("same-origin");
    expect(response.headers.get("content-type")).toBe("text/html; charset=utf-8");
  });
});
