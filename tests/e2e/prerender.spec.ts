import type { Page, Route } from "@playwright/test";
import { WAIT_FOR_APP } from "../../src/config/paths";
import { acceptLanguageTags, resolveLanguage } from "../../src/i18n/languages";
import { ACCEPT_LANGUAGE_HEADERS } from "../acceptLanguageHeaders";
import {
  expect,
  GENERATED_ROOM,
  isHydrated,
  JITSI_ORIGIN,
  meetingUrl,
  test,
  waitForHydration,
} from "./fixtures";

/**
 * The start page and the pages about the service arrive as finished HTML (prerendered at build
 * time), so on a weak line they can be read, and their forms used, before the script arrives.
 */

const PAGES = [
  { path: "/", heading: /Peter ruft Paul|Palim Palim|@lingen/, title: /Ein Angebot der Stadt/ },
  { path: "/hilfe", heading: "Hilfe", title: /^Hilfe – / },
  { path: "/datenschutz", heading: "Datenschutzerklärung", title: /^Datenschutzerklärung – / },
  { path: "/impressum", heading: "Impressum", title: /^Impressum – / },
  {
    path: "/barrierefreiheit",
    heading: "Erklärung zur Barrierefreiheit",
    title: /Barrierefreiheit/,
  },
  { path: "/leichte-sprache", heading: /in Leichter Sprache/, title: /in Leichter Sprache/ },
];

/**
 * Holds back the app's scripts, as a slow line does. `release` lets them arrive; `drop` loses them
 * for this page, now and on every later try (it stays static), while the next page loads normally.
 */
async function holdScripts(page: Page) {
  const held: Route[] = [];
  let holding = true;
  let lostFor: string | null = null;
  await page.route(/\/assets\/.*\.js(\?.*)?$/, (route) => {
    if (holding) held.push(route);
    else if (route.request().frame().url() === lostFor) void route.abort();
    else void route.continue();
  });
  return {
    release: async () => {
      holding = false;
      await Promise.all(held.splice(0).map((route) => route.continue()));
    },
    drop: async () => {
      holding = false;
      lostFor = page.url();
      await Promise.all(held.splice(0).map((route) => route.abort()));
    },
  };
}

/** The addresses the page has loaded as documents of its own (not the meeting's iframe). */
function documentsLoaded(page: Page): string[] {
  const paths: string[] = [];
  page.on("request", (request) => {
    if (request.isNavigationRequest() && request.frame() === page.mainFrame()) {
      paths.push(new URL(request.url()).pathname);
    }
  });
  return paths;
}

/** What the app told the page's starter about a held form (WAIT_FOR_APP's events), in order. */
async function listenToApp(page: Page): Promise<() => Promise<string[]>> {
  await page.addInitScript(
    (events: string[]) => {
      const heard: string[] = [];
      (window as unknown as { heardFromApp: string[] }).heardFromApp = heard;
      for (const type of events) addEventListener(type, () => heard.push(type), true);
    },
    [WAIT_FOR_APP.readyEvent, WAIT_FOR_APP.takenEvent],
  );
  return () => page.evaluate(() => (window as unknown as { heardFromApp: string[] }).heardFromApp);
}

/** The start page as it arrives on a slow line: drawn, but its script not yet there. */
async function staticStartPage(page: Page, path = "/") {
  const scripts = await holdScripts(page);
  await page.goto(path, { waitUntil: "commit" });
  await expect(page.locator("form[action='/neu'] button")).toBeVisible();
  return scripts;
}

/** Sends the static start page's "Konferenz starten" form (named `button` in the page's language). */
async function startBeforeScript(page: Page, button: string, path = "/") {
  const scripts = await staticStartPage(page, path);
  const documents = documentsLoaded(page);
  // The app cannot be loaded: the form the starter held goes its own way, sent by the browser
  // itself; /neu loads the app, which makes the room.
  await scripts.drop();
  await page.getByRole("button", { name: button }).click();
  await expect(page).toHaveURL((url) => GENERATED_ROOM.test(url.pathname.slice(1)));
  expect(documents).toContain("/neu");
}

/** Types into the static start page's join field and sends the form itself. */
async function joinBeforeScript(page: Page, text: string) {
  const scripts = await staticStartPage(page);
  await page.getByRole("textbox").fill(text);
  await scripts.drop();
  await page.getByRole("button", { name: "Beitreten" }).click();
}

test.describe("prerendered pages", () => {
  test.describe("without JavaScript", () => {
    test.use({ javaScriptEnabled: false });

    for (const { path, heading, title } of PAGES) {
      test(`${path} is readable, with its own title`, async ({ page }) => {
        await page.goto(path);
        await expect(page.getByRole("heading", { level: 1, name: heading })).toBeVisible();
        await expect(page).toHaveTitle(title);
        await expect(page.getByRole("contentinfo").getByRole("link")).not.toHaveCount(0);
      });
    }

    test("the footer's links are real links between the pages", async ({ page }) => {
      await page.goto("/");
      await page.getByRole("contentinfo").getByRole("link", { name: "Datenschutz" }).click();
      await expect(page).toHaveURL(/\/datenschutz$/);
      await expect(
        page.getByRole("heading", { level: 1, name: "Datenschutzerklärung" }),
      ).toBeVisible();
      await expect(page.getByRole("heading", { level: 2 }).first()).toBeVisible();
    });

    test("the start page offers both ways in as plain forms", async ({ page }) => {
      await page.goto("/");
      await expect(page.getByRole("button", { name: "Konferenz starten" })).toBeVisible();
      await expect(page.getByRole("textbox")).toBeEditable();
      await expect(page.getByRole("button", { name: "Beitreten" })).toBeVisible();
    });
  });

  test.describe("the app comes to life when a person reaches for the page", () => {
    /** The page's own scripts that ran, from V8's coverage: the inline starter, or more. */
    async function scriptsRun(page: Page, path: string) {
      await page.coverage.startJSCoverage({ reportAnonymousScripts: false });
      await page.goto(path);
      // Longer than the starter waits for the paint and for the files it fetches ahead.
      await expect(page.locator('link[rel="modulepreload"]').first()).toBeAttached();
      await page.waitForLoadState("networkidle");
      const ran = (await page.coverage.stopJSCoverage()).filter((entry) =>
        entry.functions.some((fn) => (fn.ranges[0]?.count ?? 0) > 0),
      );
      return ran.map((entry) => new URL(entry.url).pathname);
    }

    for (const path of ["/", "/hilfe", "/datenschutz"]) {
      test(`${path} read without touching runs none of the app, and has its files ready`, async ({
        page,
        browserName,
      }) => {
        test.skip(browserName !== "chromium", "V8's coverage is Chromium's");
        const fetched: string[] = [];
        page.on("requestfinished", (request) => {
          if (request.url().includes("/assets/")) fetched.push(new URL(request.url()).pathname);
        });
        const ran = await scriptsRun(page, path);
        // Only the page itself (its inline starter) ran.
        expect(ran).toEqual([path]);
        expect(await isHydrated(page)).toBe(false);
        expect(fetched.some((file) => /\/assets\/react-[^/]+\.js$/.test(file))).toBe(true);
        // The room name maker comes ahead where "Konferenz starten" is (every start needs it).
        expect(fetched.some((file) => /\/assets\/createRoomName-[^/]+\.js$/.test(file))).toBe(
          path === "/",
        );
        // A pointer over the page is a person: the app takes over.
        await waitForHydration(page);
      });
    }

    test("a key press brings the app to life too", async ({ page }) => {
      await page.goto("/hilfe");
      await page.waitForLoadState("networkidle");
      expect(await isHydrated(page)).toBe(false);
      await page.keyboard.press("Tab");
      await expect.poll(() => isHydrated(page)).toBe(true);
    });

    test("'Konferenz starten' clicked before any reach waits for the app, not for /neu", async ({
      page,
    }) => {
      const heard = await listenToApp(page);
      await page.goto("/");
      await page.waitForLoadState("networkidle");
      const documents = documentsLoaded(page);
      const files: string[] = [];
      page.on("request", (request) => files.push(request.url()));
      // A click with no pointer or key before it (a screen reader's): the starter holds the form,
      // starts the app, and the app makes the room in this page.
      await page
        .getByRole("button", { name: "Konferenz starten" })
        .evaluate((button: HTMLElement) => button.click());
      await expect(page).toHaveURL((url) => GENERATED_ROOM.test(url.pathname.slice(1)));
      await expect(page.locator(`iframe[src^="${JITSI_ORIGIN}/"]`)).toBeAttached();
      expect(documents).toEqual([]);
      // Straight into the room: the start page, about to go, was not brought to life first.
      expect(await heard()).toEqual([WAIT_FOR_APP.takenEvent]);
      // What the starter fetched ahead is what the app used: no file twice.
      expect(files.filter((url, i) => files.indexOf(url) !== i)).toEqual([]);
      // Back leads to the start page, alive.
      await page.goBack();
      await expect(page).toHaveURL(/\/$/);
      await expect(page.getByRole("button", { name: "Konferenz starten" })).toBeVisible();
    });

    test.describe("on a touch screen", () => {
      test.use({ hasTouch: true });

      test("a tap straight onto 'Konferenz starten' opens the room in this page", async ({
        page,
      }) => {
        await page.goto("/");
        await page.waitForLoadState("networkidle");
        expect(await isHydrated(page)).toBe(false);
        const documents = documentsLoaded(page);
        // The touch starts the app; the click a moment later comes before the app is up.
        await page.getByRole("button", { name: "Konferenz starten" }).tap();
        await expect(page).toHaveURL((url) => GENERATED_ROOM.test(url.pathname.slice(1)));
        await expect(page.locator(`iframe[src^="${JITSI_ORIGIN}/"]`)).toBeAttached();
        expect(documents).toEqual([]);
      });
    });

    test("a finger or pointer down on 'Konferenz starten' fetches what the call needs first", async ({
      page,
    }) => {
      const callFiles = (url: string) =>
        url.startsWith(`${JITSI_ORIGIN}/`) || /\/assets\/MeetingRoute-[^/]+\.(js|css)$/.test(url);
      const asked: string[] = [];
      page.on("request", (request) => {
        if (callFiles(request.url())) asked.push(request.url());
      });
      // The app's scripts do not come: what is fetched is the starter's doing.
      await staticStartPage(page);
      const button = page.getByRole("button", { name: "Konferenz starten" });
      await button.hover();
      await page.getByRole("link", { name: /Hilfe/ }).first().hover();
      expect(asked).toEqual([]);
      await button.hover();
      await page.mouse.down();
      await expect
        .poll(() => asked.map((url) => new URL(url).pathname.replace(/-[^/]+\./, ".")).sort())
        .toEqual(["/assets/MeetingRoute.css", "/assets/MeetingRoute.js", "/external_api.js"]);
      await page.mouse.up();
    });

    test("a page whose history entry carries state comes to life at once", async ({ page }) => {
      await page.goto("/hilfe");
      await page.evaluate(() => history.replaceState({ kept: true }, ""));
      await page.reload();
      await expect.poll(() => isHydrated(page)).toBe(true);
    });
  });

  test("a room's address gets the empty shell, never another page's HTML", async ({ request }) => {
    const german = { "Accept-Language": "de-DE,de;q=0.9" };
    const room = await request.get("/ApfelWolkeGeigeTurmKatzeBrot", { headers: german });
    expect(room.status()).toBe(200);
    expect(await room.text()).toContain('<div id="root"></div>');
    const help = await request.get("/hilfe", { headers: german });
    // The page names the address it was made for (main.tsx hydrates it only there).
    expect(await help.text()).toMatch(/<div id="root" data-page="\/hilfe">.*<h1[^>]*>Hilfe<\/h1>/s);
    expect(help.headers()["cache-control"]).toBe("no-cache");
    expect(help.headers().vary).toMatch(/Accept-Language/);
    // The files behind the pages have no address of their own.
    const index = await request.get("/index.html", { maxRedirects: 0 });
    expect(index.status()).toBe(301);
    expect(index.headers().location).toMatch(/\/$/);
    expect((await request.get("/_pages/de/hilfe.html")).status()).toBe(404);
  });

  test("each page arrives in the visitor's language: the address first, then the browser", async ({
    request,
  }) => {
    const page = async (path: string, acceptLanguage: string) => {
      const html = await (
        await request.get(path, { headers: { "Accept-Language": acceptLanguage } })
      ).text();
      return {
        lang: html.match(/<html lang="([^"]+)" dir="([^"]+)">/)?.slice(1),
        h1: html.match(/<h1[^>]*>([^<]*)<\/h1>/)?.[1],
        description: html.match(/<meta name="description" content="([^"]*)"/)?.[1],
      };
    };
    expect(await page("/hilfe", "en-GB,en;q=0.9")).toMatchObject({
      lang: ["en", "ltr"],
      h1: "Help",
      description: expect.stringMatching(/video conference of the town/),
    });
    expect((await page("/hilfe", "tr-TR,tr;q=0.9")).lang).toEqual(["tr", "ltr"]);
    expect((await page("/", "ar-EG")).lang).toEqual(["ar", "rtl"]);
    expect((await page("/hilfe", "fr-FR,fr;q=0.9")).lang).toEqual(["de", "ltr"]);
    expect((await page("/hilfe?lang=uk", "en-US")).lang).toEqual(["uk", "ltr"]);
    expect((await page("/?lang=de-x-ls", "en-US")).lang).toEqual(["de-x-ls", "ltr"]);
    expect((await page("/hilfe?lang=xx", "en-US")).lang).toEqual(["en", "ltr"]);
  });

  test("nginx picks the language the app itself would pick from the browser's list", async ({
    request,
  }) => {
    // The browser's list, as navigator.languages gives it to the app and Accept-Language to nginx.
    const lists = [
      ["fr-FR", "fr", "en-US", "en"],
      ["fr", "de", "en"],
      ["pl", "uk"],
      ["es", "uk-UA", "ar"],
      ["nl", "ar-EG"],
      ["it", "fr"],
      ["EN-gb"],
      ["de-CH", "tr"],
      ["english", "tr-TR"],
    ];
    for (const list of lists) {
      const header = list.map((tag, i) => (i === 0 ? tag : `${tag};q=0.${9 - i}`)).join(",");
      const html = await (
        await request.get("/hilfe", { headers: { "Accept-Language": header } })
      ).text();
      const served = html.match(/<html lang="([^"]+)"/)?.[1];
      expect(served, header).toBe(resolveLanguage(null, list));
    }
    // Headers as clients send them, with spaces, q-values, "*", and hostile ones.
    for (const [header, language] of ACCEPT_LANGUAGE_HEADERS) {
      const html = await (
        await request.get("/hilfe", { headers: { "Accept-Language": header } })
      ).text();
      const served = html.match(/<html lang="([^"]+)"/)?.[1];
      expect(served, header.slice(0, 60)).toBe(language);
      expect(resolveLanguage(null, acceptLanguageTags(header)), header.slice(0, 60)).toBe(language);
    }
  });

  test("'Konferenz starten' clicked before the script arrived still opens a new room", async ({
    page,
  }) => {
    await startBeforeScript(page, "Konferenz starten");
    await expect(page.locator(`iframe[src^="${JITSI_ORIGIN}/"]`)).toBeAttached();
    // /neu replaced itself: back leads to the start page.
    await page.goBack();
    await expect(page).toHaveURL(/\/$/);
  });

  test("a language chosen in the address stays with a room started before the script", async ({
    page,
  }) => {
    await startBeforeScript(page, "ابدأ مؤتمرًا", "/?lang=ar");
    expect(new URL(page.url()).searchParams.get("lang")).toBe("ar");
    expect((await meetingUrl(page)).lang).toBe("ar");
  });

  test("a language chosen in the address stays through a link clicked before the script", async ({
    page,
  }) => {
    await staticStartPage(page, "/?lang=tr");
    await page.getByRole("contentinfo").getByRole("link", { name: "Yardım" }).click();
    await expect(page).toHaveURL(/\/hilfe\?lang=tr$/);
    await expect(page.locator("html")).toHaveAttribute("lang", "tr");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Yardım");
    // The app takes over the same page: its links still carry the choice, now moving in place.
    await page.unrouteAll({ behavior: "ignoreErrors" });
    await page.reload();
    await waitForHydration(page);
    const home = page.getByRole("link", { name: /ana sayfaya/ }).first();
    await expect(home).toHaveAttribute("href", "/?lang=tr");
    await home.click();
    await expect(page).toHaveURL(/\/\?lang=tr$/);
    await expect(page.getByRole("button", { name: "Görüşme başlat" })).toBeVisible();
  });

  test.describe("on an English browser", () => {
    test.use({ locale: "en-US" });

    test("a room started before the script has no language forced into its link", async ({
      page,
    }) => {
      await startBeforeScript(page, "Start a meeting");
      expect(new URL(page.url()).search).toBe("");
      expect((await meetingUrl(page)).lang).toBe("en");
    });
  });

  test("'Konferenz starten' sent while the script is on its way says that it was heard", async ({
    page,
  }) => {
    const heard = await listenToApp(page);
    const scripts = await staticStartPage(page);
    // The call's own code comes last.
    const callCode: Route[] = [];
    let holdingCall = true;
    await page.route(/\/assets\/MeetingRoute-[^/]+\.js$/, (route) =>
      holdingCall ? callCode.push(route) : route.fallback(),
    );
    const waiting = page.getByText("Einen Moment, Ihre Konferenz wird vorbereitet …");
    await expect(waiting).toBeHidden();
    await page.getByRole("button", { name: "Konferenz starten" }).click();
    await expect(waiting).toBeVisible();
    await expect(page.locator("form[aria-busy='true']")).toHaveCount(1);
    // The app arrives and takes the form: the note stays while the call's code is on its way.
    await scripts.release();
    await expect.poll(heard).toEqual([WAIT_FOR_APP.takenEvent]);
    await expect(waiting).toBeVisible();
    // The call's code arrives: the room opens, and the start page with its note is gone.
    holdingCall = false;
    await Promise.all(callCode.splice(0).map((route) => route.fallback()));
    await expect(page).toHaveURL((url) => GENERATED_ROOM.test(url.pathname.slice(1)));
    await expect(page.locator(`iframe[src^="${JITSI_ORIGIN}/"]`)).toBeAttached();
    await expect(waiting).toBeHidden();
  });

  test("the join form sent before the script arrived opens the room", async ({ page }) => {
    await joinBeforeScript(page, "ApfelWolkeGeigeTurmKatzeBrot");
    await expect(page).toHaveURL(/\/ApfelWolkeGeigeTurmKatzeBrot$/);
    await expect(
      page.locator(`iframe[src^="${JITSI_ORIGIN}/ApfelWolkeGeigeTurmKatzeBrot"]`),
    ).toBeAttached();
    // One step back is the start page with the text still in the field.
    await page.goBack();
    await expect(page).toHaveURL(/\/$/);
    await expect(page.getByRole("textbox")).toHaveValue("ApfelWolkeGeigeTurmKatzeBrot");
  });

  test("a mistake sent before the script arrived comes back with its message and the text", async ({
    page,
  }) => {
    await joinBeforeScript(page, "ab");
    await expect(page).toHaveURL(/\/$/);
    await expect(page.getByRole("alert")).toBeVisible();
    await expect(page.getByRole("textbox")).toHaveValue("ab");
    await expect(page.getByRole("textbox")).toBeFocused();
  });

  test("text typed before the script arrived stays in the field", async ({ page }) => {
    const scripts = await staticStartPage(page);
    await page.getByRole("textbox").fill("Apfel Wolke Geige Turm Katze Brot");
    await scripts.release();
    await waitForHydration(page);
    await expect(page.getByRole("textbox")).toHaveValue("Apfel Wolke Geige Turm Katze Brot");
    // The app now answers the form itself, with the text as typed.
    await page.getByRole("button", { name: "Beitreten" }).click();
    await expect(page).toHaveURL(/\/ApfelWolkeGeigeTurmKatzeBrot$/);
  });

  test("the language list opened before the script arrived still closes with Escape", async ({
    page,
  }) => {
    const scripts = await staticStartPage(page);
    const nav = page.getByRole("navigation", { name: "Sprache" });
    // <details> opens without any script.
    await nav.locator("summary").click();
    await expect(nav.getByRole("link", { name: "English" })).toBeVisible();
    await scripts.release();
    await waitForHydration(page);
    await page.keyboard.press("Escape");
    await expect(nav.getByRole("link", { name: "English" })).toBeHidden();
    await expect(nav.locator("summary")).toBeFocused();
  });

  test("a script load lost to a dropped connection is tried again once back online", async ({
    page,
    context,
  }) => {
    const held: Route[] = [];
    await page.route(/\/assets\/index-[^/]+\.js$/, async (route) => {
      if (held.length > 0) return route.continue();
      held.push(route);
    });
    await page.goto("/", { waitUntil: "commit" });
    await expect(page.getByRole("button", { name: "Konferenz starten" })).toBeVisible();
    await expect.poll(() => held.length).toBe(1);
    // The line drops while the script is on its way.
    await context.setOffline(true);
    await held[0]?.abort("internetdisconnected");
    await context.setOffline(false);
    await waitForHydration(page);
    await page.getByRole("button", { name: "Konferenz starten" }).click();
    await expect(page).toHaveURL((url) => GENERATED_ROOM.test(url.pathname.slice(1)));
  });

  test("a script load that fails while the device stays online is tried again soon", async ({
    page,
  }) => {
    let failed = 0;
    await page.route(/\/assets\/index-[^/]+\.js(\?.*)?$/, async (route) => {
      if (failed > 0) return route.continue();
      failed += 1;
      await route.abort("connectionreset");
    });
    await page.goto("/", { waitUntil: "commit" });
    await expect.poll(() => failed).toBe(1);
    await waitForHydration(page);
    await page.getByRole("button", { name: "Konferenz starten" }).click();
    await expect(page).toHaveURL((url) => GENERATED_ROOM.test(url.pathname.slice(1)));
  });

  test("a lost load of React's chunk, a step of the entry's, is tried again", async ({ page }) => {
    // The entry loads React, then the app, as chunks of their own (src/main.tsx).
    let failed = 0;
    await page.route(/\/assets\/react-[^/]+\.js(\?.*)?$/, async (route) => {
      if (failed > 0) return route.continue();
      failed += 1;
      await route.abort("connectionreset");
    });
    await page.goto("/", { waitUntil: "commit" });
    await expect.poll(() => failed).toBe(1);
    await waitForHydration(page);
    await page.getByRole("button", { name: "Konferenz starten" }).click();
    await expect(page).toHaveURL((url) => GENERATED_ROOM.test(url.pathname.slice(1)));
  });

  test("an Arabic page stays right to left while its texts load", async ({ page }) => {
    // The app's Arabic texts are a chunk of their own; hold it once the page's script asks for it.
    let asked: () => void = () => {};
    const askedFor = new Promise<void>((resolve) => {
      asked = resolve;
    });
    const held: Route[] = [];
    await page.route(/\/assets\/app-[^/]+\.js$/, (route) => {
      held.push(route);
      asked();
    });
    await page.goto("/?lang=ar", { waitUntil: "commit" });
    // The app runs when a person reaches for the page.
    await expect(page.locator("h1")).toBeVisible();
    await page.mouse.move(5, 5);
    await page.mouse.move(20, 30);
    await askedFor;
    // The script has run and started German i18n: the document must still be Arabic.
    await expect(page.locator("html")).toHaveAttribute("dir", "rtl");
    await expect(page.locator("html")).toHaveAttribute("lang", "ar");
    await Promise.all(held.map((route) => route.continue()));
    await page.unrouteAll({ behavior: "ignoreErrors" });
    await waitForHydration(page);
    await expect(page.locator("html")).toHaveAttribute("dir", "rtl");
  });

  test.describe("in another language", () => {
    test.use({ locale: "en-US" });

    for (const path of ["/", "/hilfe", "/datenschutz"]) {
      test(`${path} arrives in the browser's language and comes to life without a mismatch`, async ({
        page,
      }) => {
        const response = await page.goto(path);
        expect(await response?.text()).toMatch(/^<!doctype html>\s*<html lang="en" dir="ltr">/);
        await waitForHydration(page);
        await expect(page.locator("html")).toHaveAttribute("lang", "en");
        await expect(page.getByRole("heading", { level: 1 })).not.toHaveText(/Hilfe|Datenschutz/);
        // The hydrationErrors fixture fails the test on any mismatch.
      });
    }
  });
});
