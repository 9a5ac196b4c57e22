import type { Page } from "@playwright/test";
import { expect, JITSI_ORIGIN, meetingFrame, meetingUrl, test } from "./fixtures";

const ROOM = "ApfelWolkeGeigeTurmKatzeBrot";

/** Joins the call, lets Jitsi report a device error, and returns the page's notice about it. */
async function deviceErrorNotice(page: Page, simulate: string, heading: string) {
  await page.goto(`/${ROOM}`);
  const frame = meetingFrame(page);
  await frame.getByRole("button", { name: "Join meeting" }).click();
  // One external_api.js on the page, our loader's: the SDK found the API there and added none.
  await expect(page.locator('script[src*="external_api.js"]')).toHaveCount(1);
  await frame.getByRole("button", { name: simulate }).click();
  const notice = page.getByRole("alert").filter({ hasText: heading });
  await expect(notice).toBeVisible();
  return notice;
}

test.describe("trouble inside the call", () => {
  test("a blocked camera brings help for allowing it, linked to the help page, and the call stays", async ({
    page,
  }) => {
    const notice = await deviceErrorNotice(
      page,
      "Simulate camera error",
      "Ihre Kamera funktioniert gerade nicht",
    );
    const frame = meetingFrame(page);
    await expect(notice).toContainText("So erlauben Sie Kamera und Mikrofon");
    const help = notice.getByRole("link", { name: /Ausführliche Hilfe/ });
    await expect(help).toHaveAttribute("href", "/hilfe");
    await expect(help).toHaveAttribute("target", "_blank");
    // Not in the way: the call goes on and its toolbar stays reachable.
    await expect(frame.getByText("In the meeting")).toBeVisible();
    await expect(frame.getByRole("button", { name: "Leave" })).toBeVisible();

    // The help opens in a new tab: this tab keeps the call.
    const [helpTab] = await Promise.all([page.context().waitForEvent("page"), help.click()]);
    await helpTab.waitForLoadState();
    expect(new URL(helpTab.url()).pathname).toBe("/hilfe");
    await helpTab.close();
    await expect(page.locator(`iframe[src^="${JITSI_ORIGIN}/${ROOM}"]`)).toBeVisible();

    await notice.getByRole("button", { name: "Hinweis schließen" }).click();
    await expect(notice).toBeHidden();
  });

  test("a microphone error is explained the same way", async ({ page }) => {
    const notice = await deviceErrorNotice(
      page,
      "Simulate microphone error",
      "Ihr Mikrofon funktioniert gerade nicht",
    );
    await expect(notice.getByRole("link", { name: /Ausführliche Hilfe/ })).toHaveAttribute(
      "href",
      "/hilfe",
    );
  });

  test("a broken connection says so; 'Erneut verbinden' brings the guest back with her name", async ({
    page,
  }) => {
    await page.goto(`/${ROOM}#gast=Oma%20Erna`);
    await page.getByRole("button", { name: "Als Oma Erna beitreten" }).click();
    const frame = meetingFrame(page);
    await expect(frame.getByTestId("stand-in-state")).toHaveText("in-call");
    await frame.getByRole("button", { name: "Simulate connection error" }).click();

    const heading = page.getByRole("heading", {
      name: "Die Verbindung zum Gespräch ist abgebrochen",
    });
    await expect(heading).toBeVisible();
    await expect(heading).toBeFocused();
    await expect(page.locator("iframe")).toHaveCount(0);
    await expect(page.getByRole("link", { name: "Zur Startseite" })).toHaveAttribute("href", "/");

    await page.getByRole("button", { name: "Erneut verbinden" }).click();
    await expect(frame.getByTestId("stand-in-state")).toHaveText("in-call");
    await expect(frame.getByTestId("stand-in-display-name")).toHaveText("Oma Erna");
    expect((await meetingUrl(page)).config.prejoinConfig).toEqual({ enabled: false });
    await expect(heading).toHaveCount(0);
  });
});
