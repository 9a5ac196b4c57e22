import type { Page } from "@playwright/test";
import { expect, GENERATED_ROOM, JITSI_ORIGIN, test, waitForHydration } from "./fixtures";

// Every fault ends on a clear German message with a way on; "server refuses connections" with its
// retry is in core.spec.ts, its way home (keeping what was typed) in navigation.spec.ts.
const ROOM = "ApfelWolkeGeigeTurmKatzeBrot";
const UNAVAILABLE = "Der Konferenzserver ist gerade nicht erreichbar";

const callFrame = (page: Page) => page.locator(`iframe[src^="${JITSI_ORIGIN}/${ROOM}"]`);

async function expectUnavailable(page: Page, text: RegExp) {
  await expect(page.getByRole("heading", { name: UNAVAILABLE })).toBeVisible();
  await expect(page.getByText(text)).toBeVisible();
  await expect(page.getByRole("button", { name: "Erneut versuchen" })).toBeVisible();
  await expect(page.getByRole("link", { name: "Zur Startseite", exact: true })).toBeVisible();
  await expect(page.locator("iframe")).toHaveCount(0);
}

async function expectCall(page: Page) {
  await expect(callFrame(page)).toBeVisible();
  await expect(page.getByRole("heading", { name: UNAVAILABLE })).toHaveCount(0);
}

test.describe("faults of the Jitsi server", () => {
  test("very slow: our timeout speaks after 15 s, long before the script; a retry then works", async ({
    page,
    standIn,
  }) => {
    // The page's clock is fast-forwarded, so the test waits neither 15 nor 30 seconds.
    await page.clock.install();
    standIn.setMode("slow", 30_000);
    await page.goto(`/${ROOM}`);
    await expect(page.getByRole("status")).toHaveText(
      /Verbindung zum Konferenzserver wird aufgebaut/,
    );
    await page.clock.fastForward(14_000);
    await expect(page.getByRole("heading", { name: UNAVAILABLE })).toHaveCount(0);

    await page.clock.fastForward(1_000);
    await expectUnavailable(page, /antwortet nicht rechtzeitig/);
    // The 30-second answer is still on its way: ours came first.
    expect(standIn.scriptRequests()).toHaveLength(1);

    standIn.setMode("up");
    await page.getByRole("button", { name: "Erneut versuchen" }).click();
    await expectCall(page);
    // A new URL, so the retry cannot be joined onto the hung request.
    expect(standIn.scriptRequests().map((url) => new URL(url).search)).toEqual(["", "?attempt=1"]);
    // Only the retry's script is left: ours gave up the hung one, and the SDK added none.
    await expect(page.locator('script[src*="external_api.js"]')).toHaveCount(1);
  });

  for (const { mode, text } of [
    // An HTML page "loads" as a script but defines nothing; a 500 fails like a refused connection
    // (a script tag cannot tell them apart).
    { mode: "html-error", text: /unerwartete Antwort/ },
    { mode: "http-500", text: /keine Verbindung zum Konferenzserver/ },
  ] as const) {
    test(`${mode} instead of JavaScript: a clear message, and retry works once it is fixed`, async ({
      page,
      standIn,
    }) => {
      standIn.setMode(mode);
      await page.goto(`/${ROOM}`);
      await expectUnavailable(page, text);
      standIn.setMode("up");
      await page.getByRole("button", { name: "Erneut versuchen" }).click();
      await expectCall(page);
    });
  }
});

test.describe("the device goes offline", () => {
  test("while loading the call: says so, and comes back by itself when online again", async ({
    page,
    context,
    standIn,
  }) => {
    standIn.setMode("refused");
    await page.goto(`/${ROOM}`);
    await expectUnavailable(page, /keine Verbindung zum Konferenzserver/);

    await context.setOffline(true);
    await page.getByRole("button", { name: "Erneut versuchen" }).click();
    await expectUnavailable(page, /nicht mit dem Internet verbunden/);

    standIn.setMode("up");
    await context.setOffline(false);
    await expectCall(page);
  });

  test("before the call's code is loaded: says so, and loads the room once online again", async ({
    page,
    context,
  }) => {
    // The room-name generator follows the start page at once; the call's code is still to come.
    const generator = page.waitForResponse(/\/assets\/createRoomName-[^/]+\.js$/);
    await page.goto("/");
    await waitForHydration(page);
    await generator;
    await context.setOffline(true);
    await page.getByRole("button", { name: "Konferenz starten" }).click();
    await expect(page.getByText(/nicht mit dem Internet verbunden/)).toBeVisible();
    const room = new URL(page.url()).pathname;

    await context.setOffline(false);
    await expect(page.locator(`iframe[src^="${JITSI_ORIGIN}${room}"]`)).toBeVisible();
    expect(new URL(page.url()).pathname).toBe(room);
  });
});

test.describe("the device goes offline before the room-name generator arrived", () => {
  test("the click says so, and the room is made once online again", async ({ page, context }) => {
    await page.route(/\/assets\/createRoomName-[^/]+\.js$/, () => {
      // Held: the connection drops before it arrives.
    });
    await page.goto("/");
    await waitForHydration(page);
    await context.setOffline(true);
    await page.unrouteAll({ behavior: "ignoreErrors" });
    await page.getByRole("button", { name: "Konferenz starten" }).click();
    await expect(page.getByText(/nicht mit dem Internet verbunden/)).toBeVisible();
    await expect(page).toHaveURL(/\/neu$/);

    await context.setOffline(false);
    await expect(page).toHaveURL((url) => GENERATED_ROOM.test(url.pathname.slice(1)));
    await expect(page.locator(`iframe[src^="${JITSI_ORIGIN}/"]`)).toBeVisible();
  });
});

test.describe("a part of the app fails to load (for example after a new release)", () => {
  test("shows the error page with 'Neu laden' and 'Zur Startseite', and reloading helps", async ({
    page,
  }) => {
    // The call's code is its own file (app/MeetingRoute.tsx and what it brings); a server without
    // it is what a stale page meets.
    const chunk = "**/assets/MeetingRoute-*.js";
    await page.route(chunk, (route) => route.fulfill({ status: 404, body: "Not Found" }));
    await page.goto("/");
    await page.getByRole("button", { name: "Konferenz starten" }).click();
    await expect(
      page.getByRole("heading", { level: 1, name: "Etwas ist schiefgelaufen" }),
    ).toBeVisible();
    await expect(page.getByRole("button", { name: "Zur Startseite" })).toBeVisible();
    const room = new URL(page.url()).pathname;

    await page.unroute(chunk);
    await page.getByRole("button", { name: "Neu laden" }).click();
    await expect(page.locator(`iframe[src^="${JITSI_ORIGIN}${room}"]`)).toBeVisible();
  });

  test("'Zur Startseite' leads to a working start page", async ({ page }) => {
    await page.route("**/assets/MeetingRoute-*.js", (route) => route.fulfill({ status: 404 }));
    await page.goto(`/${ROOM}`);
    await page.getByRole("button", { name: "Zur Startseite" }).click();
    await expect(page).toHaveURL((url) => url.pathname === "/");
    await expect(page.getByRole("button", { name: "Konferenz starten" })).toBeVisible();
  });
});

test.describe("browsers that cannot hold a call", () => {
  const NOTICE = "Mit diesem Browser klappt die Videokonferenz leider nicht";

  test("without WebRTC, the start page says so before anyone tries, and what to use", async ({
    page,
  }) => {
    await page.addInitScript(() => {
      // What a privacy extension or a switched-off WebRTC leaves behind.
      delete (window as { RTCPeerConnection?: unknown }).RTCPeerConnection;
    });
    await page.goto("/");
    const notice = page.getByRole("region", { name: NOTICE });
    await expect(notice).toBeVisible();
    await expect(notice).toContainText("Firefox, Chrome, Edge oder Safari");
    // Still allowed to try: detection can be wrong.
    await expect(page.getByRole("button", { name: "Konferenz starten" })).toBeEnabled();
  });

  test("a working browser sees no such note", async ({ page }) => {
    await page.goto("/");
    await expect(page.getByRole("button", { name: "Konferenz starten" })).toBeVisible();
    await expect(page.getByRole("region", { name: NOTICE })).toHaveCount(0);
  });
});
