// What Jitsi's own code showed about the call (issue 12, part 2), as far as it is visible on our
// page or in what leaves it; what happens inside Jitsi is checked against its real code elsewhere.
import AxeBuilder from "@axe-core/playwright";
import { expect, JITSI_ORIGIN, meetingFrame, meetingUrl, test } from "./fixtures";

const ROOM = "ApfelWolkeGeigeTurmKatzeBrot";
const STORAGE_KEY = "jitsiLocalStorage";

test.describe("a guest's Direkt-Link", () => {
  test("asks before camera and microphone go on: one large, focused button, then straight in", async ({
    page,
  }) => {
    await page.goto(`/${ROOM}#gast=Oma%20Erna`);
    const join = page.getByRole("button", { name: "Als Oma Erna beitreten" });
    await expect(join).toBeFocused();
    await expect(join).toHaveAccessibleDescription("Kamera und Mikrofon gehen an.");
    await expect(page.getByRole("heading", { level: 1 })).toContainText("Stadt Bretten");
    await expect(page.getByRole("main")).toContainText(`Raum: ${ROOM}`);
    const box = await join.boundingBox();
    expect(box?.height).toBeGreaterThanOrEqual(44);
    // Nobody is on camera before the tap: no call has been made.
    await expect(page.locator("iframe")).toHaveCount(0);

    await page.keyboard.press("Enter");
    const frame = meetingFrame(page);
    await expect(frame.getByTestId("stand-in-state")).toHaveText("in-call");
    await expect(frame.getByTestId("stand-in-video")).toHaveText("on");
    await expect(join).toHaveCount(0);
  });

  for (const { lang, button } of [
    { lang: "de", button: "Als Oma Erna beitreten" },
    { lang: "ar", button: "انضم باسم Oma Erna" },
  ]) {
    test(`the question passes axe and fits 320 px (${lang})`, async ({ page }) => {
      await page.setViewportSize({ width: 320, height: 640 });
      await page.goto(`/${ROOM}?lang=${lang}#gast=Oma%20Erna`);
      await expect(page.getByRole("button", { name: button })).toBeFocused();
      const results = await new AxeBuilder({ page })
        .withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"])
        .analyze();
      expect(results.violations.map((violation) => violation.id)).toEqual([]);
      const sideways = await page.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      );
      expect(sideways).toBe(0);
    });
  }

  test("takes the name out of the address before external_api.js is requested", async ({
    page,
    standIn,
  }) => {
    // Jitsi's real script parses the host page's location.hash as JSON when it runs.
    await page.addInitScript(() => {
      const seen: string[] = [];
      (window as unknown as { __hashAtScript: string[] }).__hashAtScript = seen;
      new MutationObserver((records) => {
        for (const record of records) {
          for (const node of record.addedNodes) {
            if (node instanceof HTMLScriptElement && node.src.includes("external_api.js")) {
              seen.push(window.location.hash);
            }
          }
        }
      }).observe(document, { childList: true, subtree: true });
    });
    await page.goto(`/${ROOM}#gast=Oma%20Erna`);
    await expect(page.getByRole("button", { name: "Als Oma Erna beitreten" })).toBeVisible();
    await expect.poll(() => standIn.scriptRequests().length).toBeGreaterThan(0);
    const hashes = await page.evaluate(
      () => (window as unknown as { __hashAtScript: string[] }).__hashAtScript,
    );
    expect(hashes).toEqual([""]);
    expect(page.url()).toBe(new URL(`/${ROOM}`, page.url()).href);
  });

  test("her name arrives exactly, typographic quotes, & and ' included, and in no URL", async ({
    page,
  }) => {
    const name = "„Oma“ & O'Brien";
    await page.goto(`/${ROOM}#gast=${encodeURIComponent(name)}`);
    await page.getByRole("button", { name: `Als ${name} beitreten` }).click();
    const frame = meetingFrame(page);
    await expect(frame.getByTestId("stand-in-display-name")).toHaveText(name);
    // Jitsi escapes a name from the URL (&amp;, &#39;) and drops one with “ ”: not sent there.
    const { url } = await meetingUrl(page);
    expect(url.hash).not.toContain("userInfo.displayName");
    expect(url.href).not.toContain("Brien");
  });

  test("invisible characters that make look-alike names are dropped", async ({ page }) => {
    await page.goto(`/${ROOM}#gast=Oma%E2%80%8B%E2%80%AE%20Erna`);
    await page.getByRole("button", { name: "Als Oma Erna beitreten" }).click();
    await expect(meetingFrame(page).getByTestId("stand-in-display-name")).toHaveText("Oma Erna");
  });
});

test.describe("what stays on the device", () => {
  test("Jitsi's stored settings are cleared when a call starts and after it ends", async ({
    page,
  }) => {
    // The last person on a shared tablet: her name must not come back.
    await page.goto("/");
    await page.evaluate(
      (key) => localStorage.setItem(key, JSON.stringify({ displayName: "Letzte Person" })),
      STORAGE_KEY,
    );
    await page.goto(`/${ROOM}#gast=Oma%20Erna`);
    await page.getByRole("button", { name: "Als Oma Erna beitreten" }).click();
    const frame = meetingFrame(page);
    await expect(frame.getByTestId("stand-in-state")).toHaveText("in-call");
    const appData = await page
      .frameLocator(`iframe[src^="${JITSI_ORIGIN}/"]`)
      .locator("body")
      .evaluate(() => (window as unknown as { __standIn: { appData: unknown } }).__standIn.appData);
    expect(appData).toEqual({ localStorageContent: null });
    // During the call the (stand-in) API mirrors Jitsi's settings into our storage, as on WebKit.
    await expect
      .poll(() => page.evaluate((key) => localStorage.getItem(key), STORAGE_KEY))
      .toContain("features/base/settings");

    await frame.getByRole("button", { name: "Leave" }).click();
    await expect(page).toHaveURL(/\/auf-wiedersehen$/);
    expect(await page.evaluate(() => ({ ...localStorage }))).toEqual({});
  });
});

test.describe("the privacy statement", () => {
  test("says where Jitsi's copy of the settings is kept and that it is deleted", async ({
    page,
  }) => {
    await page.goto("/datenschutz");
    const main = page.getByRole("main");
    await expect(main).toContainText("jitsiLocalStorage");
    await expect(main).toContainText(
      "Diese Seite löscht diese Kopie, wenn eine Konferenz beginnt und wenn Sie die Konferenz verlassen",
    );
  });
});

test.describe("the host", () => {
  test("can protect the call, and finds 'Einladen' in the main bar on every width", async ({
    page,
  }) => {
    await page.goto(`/${ROOM}`);
    const { config } = await meetingUrl(page);
    expect(config.toolbarButtons).toEqual(
      expect.arrayContaining(["security", "participants-pane", "einladen"]),
    );
    const lists = config.mainToolbarButtons as string[][];
    expect(lists.map((keys) => keys.length)).toEqual([3, 4, 5, 6, 7, 8, 9]);
    for (const keys of lists)
      expect(keys.slice(0, 3)).toEqual(["microphone", "camera", "einladen"]);
  });

  test("always has help for camera and sound in the bar, in a new tab; the call stays", async ({
    page,
  }) => {
    await page.goto(`/${ROOM}`);
    const help = page.getByRole("banner").getByRole("link", { name: /^Hilfe bei Kamera und Ton/ });
    await expect(help).toBeVisible();
    const box = await help.boundingBox();
    expect(box?.height).toBeGreaterThanOrEqual(44);
    const [helpTab] = await Promise.all([page.context().waitForEvent("page"), help.click()]);
    await helpTab.waitForLoadState();
    expect(new URL(helpTab.url()).pathname + new URL(helpTab.url()).hash).toBe("/hilfe#kamera");
    await expect(
      helpTab.getByRole("heading", { name: "Kamera und Mikrofon erlauben" }),
    ).toBeVisible();
    await helpTab.close();
    await expect(page.locator(`iframe[src^="${JITSI_ORIGIN}/${ROOM}"]`)).toBeVisible();
  });

  test("'Konferenz starten' with the server unreachable: the error is what they see", async ({
    page,
    standIn,
  }) => {
    standIn.setMode("refused");
    await page.goto("/");
    await page.getByRole("button", { name: "Konferenz starten" }).click();
    await expect(
      page.getByRole("heading", { name: "Der Konferenzserver ist gerade nicht erreichbar" }),
    ).toBeVisible();
    await expect(page.getByRole("dialog")).toHaveCount(0);

    // Once the server answers, the invitation opens over the running call.
    standIn.setMode("up");
    await page.getByRole("button", { name: "Erneut versuchen" }).click();
    await expect(page.getByRole("dialog", { name: "Personen einladen" })).toBeVisible();
  });

  test("the help page says what to do when someone unknown joins, with Jitsi's button names", async ({
    page,
  }) => {
    await page.goto("/hilfe#sicherheit");
    const section = page.locator('section[aria-labelledby="sicherheit-unbekannt"]');
    await expect(
      section.getByRole("heading", { name: "Jemand Unbekanntes ist in der Konferenz" }),
    ).toBeVisible();
    for (const label of ["Anwesende", "Hinauswerfen", "Sicherheitsoptionen", "Lobby aktivieren"]) {
      await expect(section).toContainText(`„${label}“`);
    }
  });
});
