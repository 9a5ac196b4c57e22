// @vitest-environment node
import { describe, expect, it } from "vitest";
import { config } from "./config";
import { PAGE_LANGUAGES, PRERENDERED_PAGES, renderPage } from "./entry-prerender";

// Where the build runs there is no window, no navigator and no document: as here.
describe("renderPage (build-time prerendering)", () => {
  it("renders the start page with both forms, and names it", async () => {
    const { html, title } = await renderPage("/");
    expect(html).toContain(`<h1 id="landing-title">${config.tenant.appName}</h1>`);
    expect(html).toMatch(/<form[^>]*action="\/neu" method="get"/);
    expect(html).toMatch(/<form[^>]*action="\/beitreten" method="get"/);
    expect(html).toMatch(/<input[^>]*name="raum"/);
    expect(title).toContain(config.tenant.appName);
  });

  it("waits for a lazily loaded page and its texts", async () => {
    const { html, title } = await renderPage("/datenschutz");
    expect(html).toContain(">Datenschutzerklärung</h1>");
    expect(title).toMatch(/^Datenschutzerklärung – /);
  });

  it("renders in the language asked for", async () => {
    const { html } = await renderPage("/hilfe", "en");
    expect(html).toContain(">Help</h1>");
  });

  it("carries a language chosen in the address into the page's own links, and only then", async () => {
    const chosen = await renderPage("/hilfe?lang=tr", "tr");
    expect(chosen.html).toContain('href="/impressum?lang=tr"');
    expect(chosen.html).toContain('href="/?lang=tr"');
    // The town's homepage is another site: nothing of ours is added there.
    expect(chosen.html).toContain(`href="${config.tenant.homepageUrl}"`);
    const negotiated = await renderPage("/hilfe", "tr");
    expect(negotiated.html).toContain('href="/impressum"');
    expect(negotiated.html).toContain('href="/" class="brand"');
    // Only the language switch names a language there: it sets one.
    expect(negotiated.html.match(/href="[^"]*\?lang=tr"/g)).toEqual(['href="/hilfe?lang=tr"']);
  });

  it("lets the start page's forms send a chosen language on, and no language the browser chose", async () => {
    const hidden = /<input type="hidden" name="lang" value="([^"]*)"\/>/g;
    const chosen = await renderPage("/?lang=ar", "ar");
    expect([...chosen.html.matchAll(hidden)].map((m) => m[1])).toEqual(["ar", "ar"]);
    const negotiated = await renderPage("/", "ar");
    expect(negotiated.html).not.toMatch(hidden);
  });

  it("leaves out what only the browser can know", async () => {
    // Node has no RTCPeerConnection: a browser check would wrongly warn here.
    const { html } = await renderPage("/");
    expect(html).not.toContain("browser-notice");
    // The accessibility statement names the service until the browser knows its address.
    const statement = await renderPage("/barrierefreiheit");
    expect(statement.html).toContain(`Website ${config.tenant.appName}`);
  });

  it("covers every page in every language of the site", () => {
    expect(Object.keys(PRERENDERED_PAGES)).toHaveLength(6);
    expect(PAGE_LANGUAGES.map((language) => language.code)).toContain("ar");
    expect(PAGE_LANGUAGES.find((language) => language.code === "ar")?.dir).toBe("rtl");
  });
});
