import { test as app, expect, JITSI_ORIGIN, meetingUrl, waitForHydration } from "./fixtures";
import { type StaticServer, startStaticServer } from "./staticServer";

/**
 * The build behind any static web server whose answer to an unknown path is index.html (the
 * German start page), instead of the project's nginx config. A room link then arrives with the
 * start page's HTML: the app must draw the room, not hydrate the start page as a room. The
 * fixtures fail every test on a hydration error or a request to a third party.
 */
const DIST = process.env.STATIC_SITE_DIST ?? "dist-e2e/bretten";

const test = app.extend<{ errors: string[] }, { staticServer: StaticServer }>({
  staticServer: [
    // biome-ignore lint/correctness/noEmptyPattern: Playwright reads the fixtures a function asks for.
    async ({}, use) => {
      const server = await startStaticServer(DIST);
      await use(server);
      await server.close();
    },
    { scope: "worker" },
  ],
  baseURL: async ({ staticServer }, use) => use(staticServer.origin),
  errors: [
    async ({ page }, use) => {
      const errors: string[] = [];
      page.on("pageerror", (error) => errors.push(error.message));
      page.on("dialog", (dialog) => {
        errors.push(`dialog: ${dialog.message()}`);
        void dialog.dismiss();
      });
      await use(errors);
      expect(errors, "errors thrown in the page, dialogs opened").toEqual([]);
    },
    { auto: true },
  ],
});

const ROOM = "ApfelWolkeGeigeTurmKatzeBrot";

test.describe("behind a plain static server with an index.html fallback", () => {
  test("a room link opens the room: the start page's HTML is replaced, not hydrated", async ({
    page,
  }) => {
    await page.goto(`/${ROOM}`);
    await expect(page.locator(`iframe[src^="${JITSI_ORIGIN}/${ROOM}"]`)).toBeVisible();
    expect((await meetingUrl(page)).room).toBe(ROOM);
    await expect(page.getByRole("button", { name: "Konferenz starten" })).toHaveCount(0);
  });

  test("a room link with umlauts lands in its clean room", async ({ page }) => {
    await page.goto("/Gr%C3%BC%C3%9Fe%20an%20Oma%20Erna");
    await expect(page).toHaveURL(/\/GruesseAnOmaErna$/);
    expect((await meetingUrl(page)).room).toBe("GruesseAnOmaErna");
  });

  test("the start page itself is still hydrated as it was drawn", async ({ page }) => {
    await page.goto("/");
    await waitForHydration(page);
    await expect(page.getByRole("button", { name: "Konferenz starten" })).toBeVisible();
  });

  test("a page about the service and a chosen language come up right", async ({ page }) => {
    await page.goto("/hilfe");
    await expect(page.getByRole("heading", { level: 1, name: "Hilfe" })).toBeVisible();
    await page.goto("/?lang=en");
    await expect(page.getByRole("button", { name: "Start a meeting" })).toBeVisible();
    await expect(page.locator("html")).toHaveAttribute("lang", "en");
  });

  test("'Konferenz starten' sent as a form lands in a new room", async ({ page }) => {
    await page.goto("/neu");
    await expect(page).toHaveURL(/^[^?#]*\/(?:[A-Z][a-z]{2,7}){6}$/);
    await expect(page.locator(`iframe[src^="${JITSI_ORIGIN}/"]`)).toBeVisible();
  });

  const HOSTILE = [
    "/index.html",
    "/_pages/de/hilfe.html",
    "/%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E",
    "/..%2F..%2Fetc%2Fpasswd",
    "/%E0%A4%A",
    `/${"A".repeat(3000)}`,
    "/hilfe/",
    "/a/b/c",
  ];
  for (const path of HOSTILE) {
    test(`a hostile or odd path ${path.slice(0, 40)} shows a page, with no error`, async ({
      page,
    }) => {
      await page.goto(path);
      // A room (the app cleans the name) or a page saying there is none: never a blank.
      const call = page.locator(`iframe[src^="${JITSI_ORIGIN}/"]`);
      await expect(call.or(page.getByRole("heading", { level: 1 })).first()).toBeVisible();
      // What shows is the app's own page, not the start page's HTML left in place.
      await expect(page.getByRole("button", { name: "Konferenz starten" })).toHaveCount(0);
      await page.waitForFunction(() => {
        const shown = document.getElementById("root")?.firstElementChild;
        return !!shown && Object.keys(shown).some((key) => key.startsWith("__reactFiber"));
      });
      await expect(page.locator("img[src='x']")).toHaveCount(0);
    });
  }
});
