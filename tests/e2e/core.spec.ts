import {
  expect,
  GENERATED_ROOM,
  JITSI_ORIGIN,
  meetingFrame,
  meetingUrl,
  startConference,
  test,
} from "./fixtures";

test.describe("the core path", () => {
  test("one click starts a call in a new room on the town's Jitsi server", async ({
    page,
    standIn,
    tenant,
  }) => {
    await page.goto("/");
    await expect(page.getByRole("heading", { level: 1, name: tenant.appName })).toBeVisible();
    await expect(page).toHaveTitle(new RegExp(tenant.appName));
    await startConference(page);

    await expect(page).toHaveURL((url) => GENERATED_ROOM.test(url.pathname.slice(1)));
    const room = new URL(page.url()).pathname.slice(1);
    await expect(page.locator(`iframe[src^="${JITSI_ORIGIN}/${room}"]`)).toBeVisible();

    const meeting = await meetingUrl(page);
    expect(meeting.room).toBe(room);
    expect(meeting.lang).toBe("de");
    expect(meeting.config).toMatchObject({
      deeplinking: { disabled: true },
      disableThirdPartyRequests: true,
      gravatar: { disabled: true },
      analytics: { disabled: true },
      prejoinConfig: { enabled: true },
    });
    expect(meeting.config.toolbarButtons).toEqual(
      expect.arrayContaining(["microphone", "camera", "hangup"]),
    );

    // The prejoin screen comes first; joining works through the real iframe protocol.
    const frame = meetingFrame(page);
    await frame.getByRole("button", { name: "Join meeting" }).click();
    await expect(frame.getByText("In the meeting")).toBeVisible();
    expect(standIn.requests.some((url) => url.startsWith(`${JITSI_ORIGIN}/external_api.js`))).toBe(
      true,
    );
  });

  test("a shared link opens the same room for someone else", async ({ page, browser, baseURL }) => {
    await page.goto("/");
    await startConference(page);
    await expect(page).toHaveURL((url) => GENERATED_ROOM.test(url.pathname.slice(1)));
    const link = page.url();
    const hostRoom = (await meetingUrl(page)).room;

    const guestContext = await browser.newContext({ baseURL });
    const { installJitsiStandIn } = await import("../jitsi-stand-in");
    await installJitsiStandIn(guestContext, { domain: "jitsi.test" });
    const guest = await guestContext.newPage();
    await guest.goto(link);
    await expect(guest.locator(`iframe[src^="${JITSI_ORIGIN}/"]`)).toBeVisible();
    expect((await meetingUrl(guest)).room).toBe(hostRoom);
    await guestContext.close();
  });

  test("a pasted link in the join field opens that room", async ({ page }) => {
    await page.goto("/");
    await page
      .getByRole("textbox", { name: "Raumname oder Link" })
      .fill("https://peter-ruft-paul.example/ApfelWolkeGeigeTurmKatzeBrot?lang=de#x");
    await page.getByRole("button", { name: "Beitreten" }).click();
    await expect(page).toHaveURL(/\/ApfelWolkeGeigeTurmKatzeBrot$/);
    expect((await meetingUrl(page)).room).toBe("ApfelWolkeGeigeTurmKatzeBrot");
  });

  test("a link with spaces or umlauts lands in its clean room name", async ({ page }) => {
    await page.goto("/Gr%C3%BC%C3%9Fe%20an%20Oma%20Erna");
    await expect(page).toHaveURL(/\/GruesseAnOmaErna$/);
    expect((await meetingUrl(page)).room).toBe("GruesseAnOmaErna");
  });

  test("server unreachable: a clear message, and retry works once it is back", async ({
    page,
    standIn,
  }) => {
    standIn.setMode("refused");
    await page.goto("/ApfelWolkeGeigeTurmKatzeBrot");
    await expect(
      page.getByRole("heading", { name: "Der Konferenzserver ist gerade nicht erreichbar" }),
    ).toBeVisible();
    await expect(page.locator("iframe")).toHaveCount(0);

    standIn.setMode("up");
    await page.getByRole("button", { name: "Erneut versuchen" }).click();
    await expect(
      page.locator(`iframe[src^="${JITSI_ORIGIN}/ApfelWolkeGeigeTurmKatzeBrot"]`),
    ).toBeVisible();
    await expect(
      page.getByRole("heading", { name: "Der Konferenzserver ist gerade nicht erreichbar" }),
    ).toHaveCount(0);
  });

  test("hanging up ends on a friendly goodbye page; back leads home, not into the call", async ({
    page,
  }) => {
    await page.goto("/");
    await startConference(page);
    const frame = meetingFrame(page);
    await frame.getByRole("button", { name: "Join meeting" }).click();
    await frame.getByRole("button", { name: "Leave" }).click();

    await expect(page.getByRole("heading", { name: "Die Konferenz ist beendet" })).toBeVisible();
    await expect(page.locator("iframe")).toHaveCount(0);
    await expect(page.getByRole("button", { name: "Neue Konferenz starten" })).toBeVisible();
    await expect(page.getByRole("link", { name: "Zur Startseite", exact: true })).toBeVisible();

    await page.goBack();
    await expect(page).toHaveURL(/\/$/);
    await expect(page.getByRole("button", { name: "Konferenz starten" })).toBeVisible();
  });

  test("the goodbye page can take you back into the same room", async ({ page }) => {
    await page.goto("/ApfelWolkeGeigeTurmKatzeBrot");
    const frame = meetingFrame(page);
    await frame.getByRole("button", { name: "Join meeting" }).click();
    await frame.getByRole("button", { name: "Leave" }).click();
    await page.getByRole("button", { name: "Wieder beitreten" }).click();
    await expect(page).toHaveURL(/\/ApfelWolkeGeigeTurmKatzeBrot$/);
    expect((await meetingUrl(page)).room).toBe("ApfelWolkeGeigeTurmKatzeBrot");
  });

  test("a path that is no room shows a friendly page, not a blank one", async ({ page }) => {
    const response = await page.goto("/ab");
    expect(response?.status()).toBe(200);
    await expect(page.getByRole("heading", { name: "Diese Seite gibt es nicht" })).toBeVisible();
    await page.getByRole("link", { name: "Zur Startseite", exact: true }).click();
    await expect(page.getByRole("button", { name: "Konferenz starten" })).toBeVisible();
  });
});
