import { readFile } from "node:fs/promises";
import type { BrowserContext, Locator, Page } from "@playwright/test";
import ICAL from "ical.js";
import jsQR from "jsqr";
import { expect, GENERATED_ROOM, JITSI_ORIGIN, meetingFrame, meetingUrl, test } from "./fixtures";

const ROOM = "ApfelWolkeGeigeTurmKatzeBrot";
const PANEL = { name: "Personen einladen" } as const;

/** Opens the room and the invitation panel from the bar, as the host does. */
async function openPanel(page: Page): Promise<Locator> {
  await page.goto(`/${ROOM}`);
  await page.getByRole("banner").getByRole("button", { name: "Einladen" }).click();
  const dialog = page.getByRole("dialog", PANEL);
  await expect(dialog).toBeVisible();
  return dialog;
}

/** Lets this origin's page read back what it copied. */
async function allowClipboard(context: BrowserContext, baseURL: string | undefined) {
  const origin = new URL(baseURL ?? "http://127.0.0.1").origin;
  await context.grantPermissions(["clipboard-read", "clipboard-write"], { origin });
}

/**
 * Decodes a QR code from a screenshot of the page. The browser (a blank page, outside the app)
 * turns the PNG into pixels; jsQR reads them in Node, as a phone camera would read the screen.
 */
async function decodeQr(context: BrowserContext, png: Buffer): Promise<string | undefined> {
  const decoder = await context.newPage();
  const image = await decoder.evaluate(async (base64) => {
    const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
    const bitmap = await createImageBitmap(new Blob([bytes], { type: "image/png" }));
    const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
    const context2d = canvas.getContext("2d");
    if (!context2d) throw new Error("no 2d canvas");
    context2d.drawImage(bitmap, 0, 0);
    const { data, width, height } = context2d.getImageData(0, 0, bitmap.width, bitmap.height);
    let binary = "";
    for (let i = 0; i < data.length; i += 0x8000) {
      binary += String.fromCharCode(...data.subarray(i, i + 0x8000));
    }
    return { base64: btoa(binary), width, height };
  }, png.toString("base64"));
  await decoder.close();
  const pixels = new Uint8ClampedArray(Buffer.from(image.base64, "base64"));
  return jsQR(pixels, image.width, image.height)?.data;
}

test.describe("inviting", () => {
  test("right after 'Konferenz starten' the invitation is open, and the link copies", async ({
    page,
    context,
    baseURL,
  }) => {
    await allowClipboard(context, baseURL);
    await page.goto("/");
    await page.getByRole("button", { name: "Konferenz starten" }).click();
    await expect(page).toHaveURL((url) => GENERATED_ROOM.test(url.pathname.slice(1)));
    const room = new URL(page.url()).pathname.slice(1);

    const dialog = page.getByRole("dialog", PANEL);
    await expect(dialog).toBeVisible();
    await expect(page.getByRole("heading", PANEL)).toBeFocused();
    const link = `${new URL(page.url()).origin}/${room}`;
    await expect(dialog.getByText(link, { exact: true })).toBeVisible();

    await dialog.getByRole("button", { name: "Link kopieren" }).click();
    await expect(
      dialog.getByRole("status").filter({ hasText: "Der Link ist kopiert" }),
    ).toBeVisible();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(link);

    // The call loads behind the panel; Escape closes it and leaves the call as it was.
    await page.keyboard.press("Escape");
    await expect(dialog).toBeHidden();
    await expect(page.locator(`iframe[src^="${JITSI_ORIGIN}/${room}"]`)).toBeVisible();
    await meetingFrame(page).getByRole("button", { name: "Join meeting" }).click();
    await expect(meetingFrame(page).getByText("In the meeting")).toBeVisible();
    // A reload does not pop it up again.
    await page.reload();
    await expect(page.locator(`iframe[src^="${JITSI_ORIGIN}/${room}"]`)).toBeVisible();
    await expect(page.getByRole("dialog", PANEL)).toBeHidden();
  });

  test("in another language the panel's texts may come after the call: the call stays as it is", async ({
    page,
    standIn,
  }) => {
    // The panel's Arabic texts are held back (a slow line) until the call has said it is up: the
    // panel then opens and has to wait for them. The call must neither vanish nor start again.
    let letTextsGo = () => {};
    const textsMayGo = new Promise<void>((resolve) => {
      letTextsGo = resolve;
    });
    const held: string[] = [];
    await page.route(/\/assets\/invite-[\w-]+\.js$/, async (route) => {
      held.push(route.request().url());
      await textsMayGo;
      await route.fallback();
    });
    await page.addInitScript(() => {
      if (window.top !== window) return;
      window.addEventListener("message", (event) => {
        if (JSON.stringify(event.data).includes("prejoin-screen-loaded"))
          document.documentElement.dataset.testCallUp = "";
      });
    });
    await page.goto("/?lang=ar");
    await page.getByRole("button", { name: "ابدأ مؤتمرًا" }).click();
    const call = page.locator(`iframe[src^="${JITSI_ORIGIN}/"]`);
    await expect(call).toBeVisible();
    await expect(page.locator("html[data-test-call-up]")).toBeAttached();
    // What the event set off is drawn by the next frames: the panel, waiting for its texts.
    await page.evaluate(
      () => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))),
    );
    expect(held).toHaveLength(1);
    await expect(call).toBeVisible();

    letTextsGo();
    const dialog = page.getByRole("dialog", { name: "دعوة أشخاص" });
    await expect(dialog).toBeVisible();
    await page.keyboard.press("Escape");
    await expect(dialog).toBeHidden();
    await expect(call).toBeVisible();
    await meetingFrame(page).getByRole("button", { name: "Join meeting" }).click();
    await expect(meetingFrame(page).getByText("In the meeting")).toBeVisible();
    expect(standIn.meetingRequests()).toHaveLength(1);
  });

  test("the panel is keyboard-friendly and every target is at least 44 × 44 px", async ({
    page,
  }) => {
    const dialog = await openPanel(page);
    await dialog.getByRole("textbox", { name: "Name des Gastes" }).fill("Oma Erna");
    const targets = dialog.locator("button, a, input");
    expect(await targets.count()).toBeGreaterThan(10);
    for (const target of await targets.all()) {
      const box = await target.boundingBox();
      const name = await target.evaluate((element) => element.outerHTML.slice(0, 80));
      expect(box?.height, name).toBeGreaterThanOrEqual(44);
      expect(box?.width, name).toBeGreaterThanOrEqual(44);
    }
    // Share only where the browser has a share sheet (headless Chromium on Linux has none).
    const canShare = await page.evaluate(() => typeof navigator.share === "function");
    await expect(dialog.getByRole("button", { name: "Teilen", exact: true })).toHaveCount(
      canShare ? 1 : 0,
    );

    await dialog.getByRole("button", { name: "Schließen" }).click();
    await expect(dialog).toBeHidden();
    await expect(page.getByRole("banner").getByRole("button", { name: "Einladen" })).toBeFocused();
  });

  test("the QR code on screen scans back to the exact link", async ({ page, context }) => {
    const dialog = await openPanel(page);
    const qr = dialog.getByRole("img", { name: "QR-Code mit dem Link zum Videogespräch" });
    await qr.scrollIntoViewIfNeeded();
    const box = await qr.boundingBox();
    expect(box?.width).toBeGreaterThanOrEqual(240);
    expect(box?.height).toBeGreaterThanOrEqual(240);
    expect(await decodeQr(context, await qr.screenshot())).toBe(
      `${new URL(page.url()).origin}/${ROOM}`,
    );
  });

  test("the 'Einladen' button in the call's toolbar opens the same panel", async ({ page }) => {
    // issue 12 item 6: before the fix, on a phone Jitsi's real toolbar puts the button in
    // its "⋯" menu; jitsi-real.spec.ts shows the main bar.
    await page.goto(`/${ROOM}`);
    const { config } = await meetingUrl(page);
    expect(config.customToolbarButtons).toEqual([
      { id: "einladen", icon: expect.stringMatching(/^data:image\/svg\+xml,/), text: "Einladen" },
    ]);
    expect(config.toolbarButtons).toContain("einladen");

    const frame = meetingFrame(page);
    await frame.getByRole("button", { name: "Join meeting" }).click();
    await frame.getByRole("toolbar").getByRole("button", { name: "Einladen" }).click();
    const dialog = page.getByRole("dialog", PANEL);
    await expect(dialog).toBeVisible();
    await expect(page.getByRole("heading", PANEL)).toBeFocused();
    await page.keyboard.press("Escape");
    await expect(dialog).toBeHidden();
    await expect(frame.getByText("In the meeting")).toBeVisible();
  });

  test("the invitation goes out as plain links: nothing is fetched until one is tapped", async ({
    page,
  }) => {
    const dialog = await openPanel(page);
    const link = `${new URL(page.url()).origin}/${ROOM}`;
    const whatsapp = dialog.getByRole("link", { name: /^WhatsApp/ }).first();
    const href = new URL((await whatsapp.getAttribute("href")) ?? "");
    expect(href.origin).toBe("https://wa.me");
    expect(href.searchParams.get("text")).toContain(link);
    const mail = await dialog
      .getByRole("link", { name: "E-Mail", exact: true })
      .getAttribute("href");
    expect(decodeURIComponent(mail ?? "")).toContain(link);
    // The fixture fails the test on any request to wa.me or anywhere else.
  });

  test("the calendar file downloads, parses and carries the link", async ({ page, tenant }) => {
    const dialog = await openPanel(page);
    await dialog.getByLabel("Datum").fill("2026-12-24");
    await dialog.getByLabel("Uhrzeit").fill("16:30");
    const [download] = await Promise.all([
      page.waitForEvent("download"),
      dialog.getByRole("button", { name: "Kalenderdatei herunterladen" }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^Videogespraech-mit-[A-Za-z0-9-]+\.ics$/);
    const ics = await readFile(await download.path(), "utf8");
    expect(ics).toMatch(/^BEGIN:VCALENDAR\r\n/);
    expect(ics).toContain(`\r\nPRODID:-//${tenant.appName}//Einladung//DE\r\n`);

    const vevent = new ICAL.Component(ICAL.parse(ics)).getFirstSubcomponent("vevent");
    if (!vevent) throw new Error("no VEVENT");
    const event = new ICAL.Event(vevent);
    const link = `${new URL(page.url()).origin}/${ROOM}`;
    expect(event.summary).toBe(`Videogespräch mit ${tenant.appName}`);
    expect(vevent.getFirstPropertyValue("url")).toBe(link);
    expect(event.location).toBe(link);
    expect(event.description).toContain(link);
    // 16:30 in Bretten on Christmas Eve is 15:30 UTC.
    expect(event.startDate.toJSDate().toISOString()).toBe("2026-12-24T15:30:00.000Z");
    await expect(dialog.getByText(/Die Kalenderdatei „.*\.ics“ ist heruntergeladen/)).toBeVisible();
  });

  test("a weekly call is one entry that stays at 4 pm across the change to summer time", async ({
    page,
  }) => {
    const dialog = await openPanel(page);
    await dialog.getByLabel("Datum").fill("2027-03-14");
    await dialog.getByLabel("Uhrzeit").fill("16:00");
    const repeat = dialog.getByRole("group", { name: "Wiederholen" });
    await repeat.getByRole("radio", { name: "Jede Woche" }).check();
    const [download] = await Promise.all([
      page.waitForEvent("download"),
      dialog.getByRole("button", { name: "Kalenderdatei herunterladen" }).click(),
    ]);
    const ics = await readFile(await download.path(), "utf8");

    const calendar = new ICAL.Component(ICAL.parse(ics));
    for (const zone of calendar.getAllSubcomponents("vtimezone")) {
      ICAL.TimezoneService.register(new ICAL.Timezone(zone));
    }
    const vevents = calendar.getAllSubcomponents("vevent");
    expect(vevents).toHaveLength(1);
    const event = new ICAL.Event(vevents[0]);
    const link = `${new URL(page.url()).origin}/${ROOM}`;
    expect(event.location).toBe(link);
    expect(event.description).toContain(link);
    expect(event.description).toContain("Der Link bleibt jedes Mal derselbe.");
    const starts: string[] = [];
    const iterator = event.iterator();
    for (let next = iterator.next(); next && starts.length < 4; next = iterator.next()) {
      starts.push(next.toJSDate().toISOString());
    }
    // 4 pm in Bretten: 15:00 UTC in winter, 14:00 UTC from 28 March 2027 (summer time).
    expect(starts).toEqual([
      "2027-03-14T15:00:00.000Z",
      "2027-03-21T15:00:00.000Z",
      "2027-03-28T14:00:00.000Z",
      "2027-04-04T14:00:00.000Z",
    ]);
  });
});

test.describe("the one-tap Direkt-Link", () => {
  test("a guest link typed with spaces keeps the guest's name through the clean-up", async ({
    page,
  }) => {
    await page.goto("/Oma%20Erna%20Geburtstag#gast=Oma%20Erna");
    // The name leaves the address (Jitsi's script would read it) but stays with the page.
    await expect(page).toHaveURL(/\/OmaErnaGeburtstag$/);
    const join = page.getByRole("button", { name: "Als Oma Erna beitreten" });
    await join.click();
    expect((await meetingUrl(page)).config.prejoinConfig).toEqual({ enabled: false });
    // A reload still knows her: the name is in the history entry, not only in memory.
    await page.reload();
    await join.click();
    expect((await meetingUrl(page)).config.prejoinConfig).toEqual({ enabled: false });
    await expect(meetingFrame(page).getByTestId("stand-in-display-name")).toHaveText("Oma Erna");
  });

  test("takes the guest straight in with her name, few buttons, camera and microphone on", async ({
    page,
    context,
    baseURL,
  }) => {
    await allowClipboard(context, baseURL);
    const dialog = await openPanel(page);
    await dialog.getByRole("textbox", { name: "Name des Gastes" }).fill("Oma Erna");
    const guestLink = `${new URL(page.url()).origin}/${ROOM}#gast=Oma%20Erna`;
    await expect(dialog.getByText(guestLink, { exact: true })).toBeVisible();
    await dialog.getByRole("button", { name: "Direkt-Link kopieren" }).click();
    await expect(dialog.getByText("Der Direkt-Link für Oma Erna ist kopiert.")).toBeVisible();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(guestLink);

    // The host's own (normal) link: name and device check first, the everyday toolbar.
    const host = await meetingUrl(page);
    expect(host.config.prejoinConfig).toEqual({ enabled: true });
    expect(host.config.toolbarButtons).toEqual(
      expect.arrayContaining(["microphone", "camera", "hangup", "chat", "settings", "einladen"]),
    );
    expect(host.url.hash).not.toContain("userInfo.displayName");

    // The guest opens her link on the phone.
    const guest = await context.newPage();
    await guest.goto(guestLink);
    await guest.getByRole("button", { name: "Als Oma Erna beitreten" }).click();
    const meeting = await meetingUrl(guest);
    expect(meeting.room).toBe(ROOM);
    expect(meeting.config).toMatchObject({
      prejoinConfig: { enabled: false },
      startWithAudioMuted: false,
      startWithVideoMuted: false,
      toolbarButtons: ["microphone", "camera", "hangup", "tileview"],
      toolbarConfig: { alwaysVisible: true },
    });
    expect(meeting.config).not.toHaveProperty("customToolbarButtons");
    // The name goes by command (Jitsi would escape it in the URL): in no request at all.
    expect(meeting.url.href).not.toContain("Erna");

    const frame = meetingFrame(guest);
    await expect(frame.getByTestId("stand-in-state")).toHaveText("in-call");
    await expect(frame.getByTestId("stand-in-display-name")).toHaveText("Oma Erna");
    await expect(frame.getByTestId("stand-in-audio")).toHaveText("unmuted");
    await expect(frame.getByTestId("stand-in-video")).toHaveText("on");
    await expect(guest.getByRole("button", { name: "Einladen" })).toHaveCount(0);
  });
});
