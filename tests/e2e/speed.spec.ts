import { expect, JITSI_ORIGIN, test, waitForHydration } from "./fixtures";

/** The way into the call starts before the click: connection, code and Jitsi's API come early. */
test.describe("the way into the call", () => {
  test("every page opens its connection to the town's Jitsi server early", async ({ request }) => {
    for (const path of ["/", "/hilfe", "/ApfelWolkeGeigeTurmKatzeBrot"]) {
      const html = await (await request.get(path)).text();
      expect(html, path).toContain(`<link rel="preconnect" href="${JITSI_ORIGIN}" />`);
    }
  });

  test("reaching for 'Konferenz starten' fetches the call's code and Jitsi's API once", async ({
    page,
    standIn,
  }) => {
    const apiRequests = () =>
      standIn.requests.filter((url) => url.startsWith(`${JITSI_ORIGIN}/external_api.js`));
    await page.goto("/");
    await waitForHydration(page);
    await page.waitForLoadState("networkidle");
    // Only looking at the start page tells the Jitsi server nothing.
    expect(apiRequests()).toEqual([]);

    const meetingCode = page.waitForRequest(/\/assets\/MeetingRoute-[^/]+\.js$/);
    const api = page.waitForRequest(`${JITSI_ORIGIN}/external_api.js`);
    await page.getByRole("button", { name: "Konferenz starten" }).hover();
    await Promise.all([meetingCode, api]);
    await expect(page.locator(`iframe[src^="${JITSI_ORIGIN}/"]`)).toHaveCount(0);

    await page.getByRole("button", { name: "Konferenz starten" }).click();
    await expect(page.locator(`iframe[src^="${JITSI_ORIGIN}/"]`)).toBeAttached();
    // The room used what the prefetch brought instead of asking again.
    expect(apiRequests()).toHaveLength(1);
    // One script element too: the SDK found Jitsi's API there and added no loader of its own.
    await expect(page.locator('script[src*="external_api.js"]')).toHaveCount(1);
  });

  test("focusing the button by keyboard prepares the call too", async ({ page }) => {
    await page.goto("/");
    await waitForHydration(page);
    const api = page.waitForRequest(`${JITSI_ORIGIN}/external_api.js`);
    await page.getByRole("button", { name: "Konferenz starten" }).focus();
    await api;
  });
});
