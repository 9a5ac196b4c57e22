import type { Page } from "@playwright/test";
import { expect, JITSI_ORIGIN, meetingFrame, meetingUrl, test } from "./fixtures";

/** What the address bar may show after the app has cleaned up a room link. */
const SANITISED_PATH = /^\/[A-Za-z0-9]{3,48}$/;

/** Script run, dialogs and uncaught errors are collected from the first byte of the page on. */
function watchForHarm(page: Page) {
  const harm: string[] = [];
  page.on("dialog", (dialog) => {
    harm.push(`dialog: ${dialog.type()} ${dialog.message()}`);
    void dialog.dismiss();
  });
  page.on("pageerror", (error) => harm.push(`pageerror: ${error.message}`));
  return harm;
}

/** Nothing typed into the address bar may become markup in our page. */
async function expectNoInjectedMarkup(page: Page) {
  await expect(page.locator("img[src='x'], img[onerror], svg[onload]")).toHaveCount(0);
  const scripts = await page
    .locator("script")
    .evaluateAll((nodes) => nodes.map((node) => node.textContent ?? ""));
  expect(scripts.filter((text) => text.includes("alert"))).toEqual([]);
}

async function expectSanitisedRoom(page: Page) {
  // The call is what counts: its room is clean, and the address shows that same room (a form's
  // target like /beitreten is only on the way there).
  await expect(page.locator(`iframe[src^="${JITSI_ORIGIN}/"]`)).toBeVisible();
  const { room } = await meetingUrl(page);
  expect(`/${room}`).toMatch(SANITISED_PATH);
  await expect(page).toHaveURL((url) => url.pathname === `/${room}`);
  // Not blank: the call shows its first screen.
  await expect(meetingFrame(page).getByRole("heading").first()).toBeVisible();
}

async function expectNotFoundPage(page: Page) {
  await expect(
    page.getByRole("heading", { level: 1, name: "Diese Seite gibt es nicht" }),
  ).toBeVisible();
  await expect(page.getByRole("link", { name: "Zur Startseite", exact: true })).toBeVisible();
  await expect(page.locator("iframe")).toHaveCount(0);
}

const longPath = `/${"Oma-Erna_<b>".repeat(417)}`.slice(0, 5001);

const cases: { name: string; path: string; ends: "room" | "notFound" | "home"; room?: string }[] = [
  {
    name: "markup, percent-encoded",
    path: "/%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E",
    ends: "room",
    room: "ImgSrcXOnerrorAlert1",
  },
  { name: "markup as typed", path: "/<img src=x onerror=alert(1)>", ends: "room" },
  // The "/" in "</script>" makes it two path segments: no room, a clear page.
  { name: "script tags", path: "/<script>alert(1)</script>", ends: "notFound" },
  // Browsers resolve dot segments (also encoded ones) before sending: this is the start page.
  { name: "traversal", path: "/../..", ends: "home" },
  { name: "encoded traversal", path: "/%2e%2e/%2e%2e", ends: "home" },
  {
    name: "5,000 characters",
    path: longPath,
    ends: "room",
    room: "OmaErnaBOmaErnaBOmaErnaBOmaErnaBOmaErnaBOmaErnaB",
  },
];

test.describe("hostile addresses", () => {
  for (const { name, path, ends, room } of cases) {
    test(`${name}: no script runs, the page is never blank, it ends somewhere sane`, async ({
      page,
    }) => {
      const harm = watchForHarm(page);
      await page.goto(path);
      if (ends === "room") await expectSanitisedRoom(page);
      if (ends === "notFound") await expectNotFoundPage(page);
      if (ends === "home") {
        await expect(page).toHaveURL((url) => url.pathname === "/");
        await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
      }
      if (room) expect(new URL(page.url()).pathname).toBe(`/${room}`);
      await expectNoInjectedMarkup(page);
      expect(harm).toEqual([]);
    });
  }

  test("markup typed into the join field opens a clean room and runs nothing", async ({ page }) => {
    const harm = watchForHarm(page);
    await page.goto("/");
    await page
      .getByRole("textbox", { name: "Raumname oder Link" })
      .fill("<img src=x onerror=alert(1)><script>alert(2)</script>");
    await page.getByRole("button", { name: "Beitreten" }).click();
    await expectSanitisedRoom(page);
    expect(new URL(page.url()).pathname).toBe("/ImgSrcXOnerrorAlert1ScriptAlert2Script");
    await expectNoInjectedMarkup(page);
    expect(harm).toEqual([]);
  });

  test("names in other scripts: Cyrillic gets its own room, Arabic is refused in Arabic", async ({
    page,
  }) => {
    await page.goto("/");
    const field = page.getByRole("textbox", { name: "Raumname oder Link" });
    await field.fill("Оля 2024");
    await page.getByRole("button", { name: "Beitreten" }).click();
    // A short name gets the "easy to guess" warning, which names the room it would open.
    await expect(page.getByRole("alert")).toContainText("„Olia2024“");
    await field.fill("Петро 2024");
    await expect(page.getByRole("button", { name: "Beitreten" })).toBeVisible();
    await page.getByRole("button", { name: "Beitreten" }).click();
    await expect(page.getByRole("alert")).toContainText("„Petro2024“");
    await field.fill("Петро у бабусі Ганни");
    await page.getByRole("button", { name: "Beitreten" }).click();
    await expect(page).toHaveURL(/\/PetroUBabusiHanny$/);

    await page.goto("/?lang=ar");
    const arabicField = page.getByRole("textbox", { name: "اسم الغرفة أو الرابط" });
    await arabicField.fill("محمد ٢٠٢٤");
    await page.getByRole("button", { name: "انضمام" }).click();
    await expect(page.getByRole("alert")).toHaveText(/لا يمكن أن يحتوي اسم الغرفة على هذه الحروف/);
    await expect(arabicField).toHaveValue("محمد ٢٠٢٤");
    await expect(arabicField).toBeFocused();
    expect(new URL(page.url()).pathname).toBe("/");
  });

  // nginx refuses malformed percent-encoding (400) and very long addresses (414) itself, before
  // the app can explain anything: deploy/nginx/app.conf answers those with the app's shell.
  const malformed = [
    // A truncated UTF-8 sequence stays as plain text: the room "E0A4A".
    { path: "/%E0%A4%A", ends: "room" },
    { path: "/%", ends: "notFound" },
    // Longer than nginx's header buffers (8 KB): 414 URI Too Long.
    { path: `/${"a".repeat(10_000)}`, ends: "room" },
  ] as const;
  for (const { path, ends } of malformed) {
    test(`nginx refuses ${path.slice(0, 12)}…: still our page, not a bare server error`, async ({
      page,
    }) => {
      const harm = watchForHarm(page);
      await page.goto(path);
      // Our app, not a server page: fails fast while nginx still answers with its own page.
      await expect(page.locator("#root"), "the app's page").toBeAttached({ timeout: 1000 });
      if (ends === "room") await expectSanitisedRoom(page);
      else await expectNotFoundPage(page);
      expect(harm).toEqual([]);
    });
  }
});
