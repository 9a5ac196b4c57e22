import { expect, meetingFrame, startConference, test } from "./fixtures";

test.describe("privacy", () => {
  test("the landing page sets no cookie and stores nothing on the device", async ({
    page,
    context,
  }) => {
    await page.goto("/");
    await expect(page.getByRole("button", { name: "Konferenz starten" })).toBeVisible();
    await page.getByRole("textbox", { name: "Raumname oder Link" }).fill("Familie");
    await page.getByRole("button", { name: "Beitreten" }).click();
    await expect(page.getByText(/leicht zu erraten/)).toBeVisible();

    expect(await context.cookies()).toEqual([]);
    const stored = await page.evaluate(() => ({
      local: Object.keys(localStorage),
      session: Object.keys(sessionStorage),
      cookie: document.cookie,
    }));
    expect(stored).toEqual({ local: [], session: [], cookie: "" });
  });

  test("a call talks only to our site and the town's Jitsi server", async ({
    page,
    thirdPartyRequests,
  }) => {
    await page.goto("/");
    await startConference(page);
    await meetingFrame(page).getByRole("button", { name: "Join meeting" }).click();
    await expect(meetingFrame(page).getByText("In the meeting")).toBeVisible();
    // The fixture fails the test on any other request; this test makes sure the call ran first.
    expect(thirdPartyRequests).toEqual([]);
  });
});
