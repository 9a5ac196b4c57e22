import type { Page } from "@playwright/test";
import {
  expect,
  JITSI_ORIGIN,
  meetingFrame,
  meetingUrl,
  startConference,
  test,
  waitForHydration,
} from "./fixtures";

const TYPED = "Oma Erna Geburtstag";
const ROOM = "OmaErnaGeburtstag";
const UNAVAILABLE = "Der Konferenzserver ist gerade nicht erreichbar";

const joinField = (page: Page) => page.getByRole("textbox", { name: "Raumname oder Link" });

async function joinByTyping(page: Page, text: string) {
  await page.goto("/");
  // These tests are about the app's own history; prerender.spec covers the form before hydration.
  await waitForHydration(page);
  await joinField(page).fill(text);
  await page.getByRole("button", { name: "Beitreten" }).click();
}

/** Types a name while the Jitsi server refuses, and waits for the page that says so. */
async function joinWhileServerIsDown(page: Page, standIn: { setMode(mode: "refused"): void }) {
  standIn.setMode("refused");
  await joinByTyping(page, TYPED);
  await expect(page.getByRole("heading", { name: UNAVAILABLE })).toBeVisible();
}

test.describe("what was typed survives errors", () => {
  test("after a failed load and a failed retry, 'Zur Startseite' shows the text again", async ({
    page,
    standIn,
  }) => {
    await joinWhileServerIsDown(page, standIn);
    await expect(page).toHaveURL(`/${ROOM}`);
    await page.getByRole("button", { name: "Erneut versuchen" }).click();
    // The message from the first try is still on screen: wait for the retry's own request.
    await expect.poll(() => standIn.scriptRequests()).toHaveLength(2);
    await expect(page.getByRole("heading", { name: UNAVAILABLE })).toBeVisible();

    await page.getByRole("link", { name: "Zur Startseite", exact: true }).click();
    await expect(page).toHaveURL("/");
    await expect(joinField(page)).toHaveValue(TYPED);
  });

  test("the back button from the error returns to the field with the text in it", async ({
    page,
    standIn,
  }) => {
    await joinWhileServerIsDown(page, standIn);
    await page.goBack();
    await expect(page).toHaveURL("/");
    await expect(joinField(page)).toHaveValue(TYPED);
  });

  test("a reload on the error page keeps the room and, on the way home, the text", async ({
    page,
    standIn,
  }) => {
    await joinWhileServerIsDown(page, standIn);
    await page.reload();
    await expect(page).toHaveURL(`/${ROOM}`);
    await expect(page.getByRole("heading", { name: UNAVAILABLE })).toBeVisible();

    standIn.setMode("up");
    await page.getByRole("button", { name: "Erneut versuchen" }).click();
    expect((await meetingUrl(page)).room).toBe(ROOM);
    await page.goBack();
    await expect(joinField(page)).toHaveValue(TYPED);
  });
});

test.describe("reload and back during a call", () => {
  test("reloading during a call returns to the same room", async ({ page }) => {
    await page.goto("/");
    await startConference(page);
    const frame = meetingFrame(page);
    await frame.getByRole("button", { name: "Join meeting" }).click();
    await expect(frame.getByText("In the meeting")).toBeVisible();
    const room = (await meetingUrl(page)).room;
    const address = page.url();

    await page.reload();
    expect(page.url()).toBe(address);
    await expect(page.locator(`iframe[src^="${JITSI_ORIGIN}/${room}"]`)).toBeVisible();
    expect((await meetingUrl(page)).room).toBe(room);
    // Back to the name and device check, then into the same room again.
    await meetingFrame(page).getByRole("button", { name: "Join meeting" }).click();
    await expect(meetingFrame(page).getByText("In the meeting")).toBeVisible();
  });

  test("back from a call leads to the start page, and stays there", async ({ page }) => {
    await page.goto("/");
    await startConference(page);
    const frame = meetingFrame(page);
    await frame.getByRole("button", { name: "Join meeting" }).click();
    await expect(frame.getByText("In the meeting")).toBeVisible();

    await page.goBack();
    await expect(page).toHaveURL("/");
    await expect(page.getByRole("button", { name: "Konferenz starten" })).toBeVisible();
    await expect(page.locator("iframe")).toHaveCount(0);
    // No redirect back into the call a moment later.
    await page.waitForTimeout(500);
    await expect(page).toHaveURL("/");
  });

  test("back from a room opened by an untidy link skips the untidy address (no loop)", async ({
    page,
  }) => {
    await page.goto("/");
    await page.goto("/Oma%20Erna%20Geburtstag");
    await expect(page).toHaveURL(`/${ROOM}`);
    await meetingFrame(page).getByRole("button", { name: "Join meeting" }).click();

    await page.goBack();
    await expect(page).toHaveURL("/");
    await expect(page.getByRole("button", { name: "Konferenz starten" })).toBeVisible();
    await page.goForward();
    await expect(page).toHaveURL(`/${ROOM}`);
    await page.goBack();
    await expect(page).toHaveURL("/");
  });
});
