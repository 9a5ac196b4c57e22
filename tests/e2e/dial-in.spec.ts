import { readFile } from "node:fs/promises";
import AxeBuilder from "@axe-core/playwright";
import type { Locator, Page } from "@playwright/test";
import ICAL from "ical.js";
import { DIALIN_NUMBER, DIALIN_ORIGIN } from "../dial-in-stand-in";
import { expect, test } from "./fixtures";

// Bretten's e2e build names the dial-in stand-in (.env.e2e); Bühl's has no dial-in
// (scripts/build-e2e.mjs) and shows that without it nothing changes.
const ROOM = "ApfelWolkeGeigeTurmKatzeBrot";
const PHONE_LINE = `Ohne Internet? Rufen Sie an: ${DIALIN_NUMBER}, dann die PIN 1234 5678 #`;

async function openPanel(page: Page): Promise<Locator> {
  await page.goto(`/${ROOM}`);
  await page.getByRole("banner").getByRole("button", { name: "Einladen" }).click();
  const dialog = page.getByRole("dialog", { name: "Personen einladen" });
  await expect(dialog).toBeVisible();
  return dialog;
}

/** The text of every way the invitation leaves: e-mail, SMS and WhatsApp links. */
async function sentTexts(links: Locator): Promise<string[]> {
  const texts: string[] = [];
  for (const name of ["E-Mail", "SMS", "WhatsApp"]) {
    const href =
      (await links
        .getByRole("link", { name: new RegExp(`^${name}`) })
        .first()
        .getAttribute("href")) ?? "";
    texts.push(decodeURIComponent(href).replace(/\r\n/g, "\n"));
  }
  return texts;
}

async function downloadIcsDescription(page: Page, dialog: Locator): Promise<string> {
  const [download] = await Promise.all([
    page.waitForEvent("download"),
    dialog.getByRole("button", { name: "Kalenderdatei herunterladen" }).click(),
  ]);
  const ics = await readFile(await download.path(), "utf8");
  const vevent = new ICAL.Component(ICAL.parse(ics)).getFirstSubcomponent("vevent");
  if (!vevent) throw new Error("no VEVENT");
  return new ICAL.Event(vevent).description;
}

test.describe("phone dial-in, where the town offers it", () => {
  test.beforeEach(({ tenantId }) => {
    test.skip(tenantId !== "bretten", "only Bretten's e2e build has dial-in");
  });

  test("the panel shows number and PIN big, and every invitation carries them", async ({
    page,
    context,
    baseURL,
    dialIn,
  }) => {
    const origin = new URL(baseURL ?? "http://127.0.0.1").origin;
    await context.grantPermissions(["clipboard-read", "clipboard-write"], { origin });
    const dialog = await openPanel(page);

    const phone = dialog.getByRole("region", { name: "Ohne Internet: per Telefon dabei" });
    await expect(phone.getByRole("link", { name: DIALIN_NUMBER })).toHaveAttribute(
      "href",
      "tel:07252999990",
    );
    await expect(phone.getByText("1234 5678 #")).toBeVisible();
    // A screen reader hears the PIN digit by digit, in groups, and what to press at the end.
    await expect(phone).toContainText("PIN 1 2 3 4, 5 6 7 8, dann die Raute-Taste");
    expect((await phone.getByText("1234 5678 #").boundingBox())?.height).toBeGreaterThanOrEqual(44);

    // Asked the way jitsi-meet asks: the room lower-cased, in the MUC the SIP gateway joins.
    const conference = `${ROOM.toLowerCase()}@muc.meet.jitsi`;
    expect(dialIn.requests.sort()).toEqual([
      `${DIALIN_ORIGIN}/conferenceMapper?conference=${conference}`,
      `${DIALIN_ORIGIN}/dialin.json?conference=${conference}`,
    ]);

    const message = dialog.getByRole("region", { name: "Einladung verschicken" });
    await expect(message.getByText(PHONE_LINE)).toBeVisible();
    for (const text of await sentTexts(message)) expect(text).toContain(PHONE_LINE);
    await message.getByRole("button", { name: "Text kopieren" }).click();
    await expect(message.getByRole("status")).toContainText("kopiert");
    expect(await page.evaluate(() => navigator.clipboard.readText())).toContain(PHONE_LINE);

    const guest = dialog.getByRole("region", { name: "Direkt-Link für einen Gast" });
    await guest.getByRole("textbox", { name: "Name des Gastes" }).fill("Oma Erna");
    for (const text of await sentTexts(guest)) {
      expect(text).toContain("Hallo Oma Erna!");
      expect(text).toContain(PHONE_LINE);
    }

    expect(await downloadIcsDescription(page, dialog)).toContain(PHONE_LINE);
  });

  for (const mode of ["refused", "bad-json"] as const) {
    test(`with the mapper down (${mode}) the invitation works, without a phone part`, async ({
      page,
      dialIn,
    }) => {
      dialIn.setMode(mode);
      const dialog = await openPanel(page);
      const link = `${new URL(page.url()).origin}/${ROOM}`;
      await expect.poll(() => dialIn.requests.length).toBe(2);
      const message = dialog.getByRole("region", { name: "Einladung verschicken" });
      await expect(message.getByText(link)).toBeVisible();
      await expect(message.getByText("Bis bald!", { exact: false })).toBeVisible();
      await expect(dialog.getByText(/Ohne Internet/)).toHaveCount(0);
      for (const text of await sentTexts(message)) {
        expect(text).toContain(link);
        expect(text).not.toContain("Ohne Internet");
      }
      expect(await downloadIcsDescription(page, dialog)).not.toContain("Ohne Internet");
    });
  }

  for (const [lang, invite] of [
    ["de", "Einladen"],
    ["ar", "دعوة"],
  ] as const) {
    test(`the phone part passes axe (WCAG 2.1 AA) in ${lang}`, async ({ page }) => {
      await page.goto(`/${ROOM}?lang=${lang}`);
      await page.getByRole("banner").getByRole("button", { name: invite }).click();
      const phone = page.locator(".share-dialin");
      await expect(phone).toBeVisible();
      const results = await new AxeBuilder({ page })
        .include(".share-dialin")
        .withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"])
        .analyze();
      expect(results.violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);
    });
  }

  test("a mapper that never answers is given up after a few seconds", async ({ page, dialIn }) => {
    dialIn.setMode("hang");
    const failed = page.waitForEvent("requestfailed", {
      predicate: (request) => request.url().startsWith(DIALIN_ORIGIN),
      timeout: 15_000,
    });
    const dialog = await openPanel(page);
    await expect(dialog.getByRole("region", { name: "Einladung verschicken" })).toBeVisible();
    expect((await failed).failure()?.errorText).toMatch(/ABORTED/);
    await expect(dialog.getByText(/Ohne Internet/)).toHaveCount(0);
  });

  test("the privacy statement tells what a phone call reveals", async ({ page }) => {
    await page.goto("/datenschutz");
    const phone = page.getByRole("region", { name: "Teilnahme per Telefon" });
    await expect(phone).toContainText("sehen wie bei jedem Anruf Ihre Rufnummer");
  });

  test("the policy lets the page fetch from the dial-in host and nowhere else", async ({
    page,
  }) => {
    const response = await page.goto(`/${ROOM}`);
    const csp = (await response?.headerValue("content-security-policy")) ?? "";
    expect(csp).toContain(`connect-src 'self' ${DIALIN_ORIGIN};`);
  });
});

test.describe("without dial-in", () => {
  test.beforeEach(({ tenantId }) => {
    test.skip(tenantId === "bretten", "Bretten's e2e build has dial-in");
  });

  test("nothing changes and nothing is requested", async ({ page, dialIn }) => {
    const response = await page.goto("/");
    expect(await response?.headerValue("content-security-policy")).toContain("connect-src 'self';");
    const dialog = await openPanel(page);
    const link = `${new URL(page.url()).origin}/${ROOM}`;
    const message = dialog.getByRole("region", { name: "Einladung verschicken" });
    await expect(message.getByText(link)).toBeVisible();
    await expect(dialog.getByText(/Ohne Internet|PIN/)).toHaveCount(0);
    for (const text of await sentTexts(message)) expect(text).not.toContain("Ohne Internet");
    expect(await downloadIcsDescription(page, dialog)).not.toContain("Ohne Internet");
    expect(dialIn.requests).toEqual([]);
    await page.goto("/datenschutz");
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    await expect(page.getByText("Teilnahme per Telefon")).toHaveCount(0);
  });
});
