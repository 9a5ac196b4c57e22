import type { Page } from "@playwright/test";
import {
  expect,
  GENERATED_ROOM,
  JITSI_ORIGIN,
  meetingUrl,
  test,
  waitForHydration,
} from "./fixtures";

/** Bodies of every script the page fetched, to see which languages' texts came over the wire. */
function watchScripts(page: Page): string[] {
  const bodies: string[] = [];
  page.on("response", async (response) => {
    if (response.request().resourceType() !== "script") return;
    bodies.push(await response.text().catch(() => ""));
  });
  return bodies;
}

async function chooseLanguage(page: Page, name: string) {
  await page
    .getByRole("navigation", { name: /Sprache|Language|Dil|Мова|اللغة/ })
    .locator("summary")
    .click();
  await page.getByRole("link", { name, exact: true }).click();
}

test.describe("languages", () => {
  test("German is the default and the only language loaded", async ({ page }) => {
    const scripts = watchScripts(page);
    await page.goto("/");
    await expect(page.getByRole("button", { name: "Konferenz starten" })).toBeVisible();
    await expect(page.locator("html")).toHaveAttribute("lang", "de");
    await expect(page.locator("html")).toHaveAttribute("dir", "ltr");
    await page.waitForLoadState("networkidle");
    expect(scripts.some((body) => body.includes("Start a meeting"))).toBe(false);

    // Another language comes over the wire only when someone picks it.
    await chooseLanguage(page, "English");
    await expect(page.getByRole("button", { name: "Start a meeting" })).toBeVisible();
    await expect.poll(() => scripts.some((body) => body.includes("Start a meeting"))).toBe(true);
    expect(scripts.some((body) => body.includes("Görüşme başlat"))).toBe(false);
  });

  test("the switch names every language in itself, marked with its language", async ({ page }) => {
    await page.goto("/");
    // Escape closing the list is the app's (prerender.spec covers the list opened before it runs).
    await waitForHydration(page);
    const nav = page.getByRole("navigation", { name: "Sprache" });
    await expect(nav.locator("summary")).toHaveAccessibleName(
      "Sprache wählen, eingestellt ist: Deutsch",
    );
    await nav.locator("summary").click();
    const links = nav.getByRole("link");
    await expect(links).toHaveText([
      "Deutsch",
      "Leichte Sprache",
      "English",
      "Türkçe",
      "Українська",
      "العربية",
    ]);
    const marked: [string, string][] = [
      ["Türkçe", "tr"],
      ["العربية", "ar"],
      ["Leichte Sprache", "de-x-ls"],
    ];
    for (const [name, lang] of marked) {
      await expect(nav.getByRole("link", { name, exact: true })).toHaveAttribute("lang", lang);
    }
    await expect(nav.getByRole("link", { name: "Deutsch" })).toHaveAttribute(
      "aria-current",
      "true",
    );
    // Escape closes it and gives the focus back.
    await page.keyboard.press("Escape");
    await expect(links.first()).toBeHidden();
    await expect(nav.locator("summary")).toBeFocused();
  });

  test.describe("on a Turkish phone", () => {
    test.use({ locale: "tr-TR" });

    test("the first visit is in the browser's language, with nothing stored", async ({
      page,
      context,
    }) => {
      await page.goto("/");
      await expect(page.getByRole("button", { name: "Görüşme başlat" })).toBeVisible();
      await expect(page.locator("html")).toHaveAttribute("lang", "tr");
      expect(new URL(page.url()).search).toBe("");
      expect(await context.cookies()).toEqual([]);
      expect(await page.evaluate(() => localStorage.length + sessionStorage.length)).toBe(0);
    });

    test("a language chosen in the address wins over the browser's", async ({ page }) => {
      await page.goto("/?lang=de");
      await expect(page.getByRole("button", { name: "Konferenz starten" })).toBeVisible();
    });
  });

  test("the choice stays in the address through the app and into the room link", async ({
    page,
  }) => {
    await page.goto("/");
    await chooseLanguage(page, "Türkçe");
    await expect(page).toHaveURL(/\/\?lang=tr$/);
    await expect(page.locator("html")).toHaveAttribute("lang", "tr");

    await page.getByRole("contentinfo").getByRole("link", { name: "Yardım" }).click();
    await expect(page).toHaveURL(/\/hilfe\?lang=tr$/);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Yardım");
    await page.getByRole("link", { name: /ana sayfaya/ }).click();
    await expect(page).toHaveURL(/\/\?lang=tr$/);

    await page.getByRole("button", { name: "Görüşme başlat" }).click();
    await expect(page).toHaveURL((url) => GENERATED_ROOM.test(url.pathname.slice(1)));
    expect(new URL(page.url()).searchParams.get("lang")).toBe("tr");
    await expect(page.locator(`iframe[src^="${JITSI_ORIGIN}/"]`)).toBeVisible();
    // The call speaks the same language.
    expect((await meetingUrl(page)).lang).toBe("tr");

    // Back leads to the language before.
    await page.goto("/?lang=en");
    await chooseLanguage(page, "Deutsch");
    await expect(page.getByRole("button", { name: "Konferenz starten" })).toBeVisible();
    await page.goBack();
    await expect(page.getByRole("button", { name: "Start a meeting" })).toBeVisible();
  });

  test("someone who opens a shared link gets its language", async ({ page }) => {
    await page.goto("/Gr%C3%BC%C3%9Fe%20an%20Oma?lang=uk");
    await expect(page).toHaveURL(/\/GruesseAnOma\?lang=uk$/);
    await expect(page.locator("html")).toHaveAttribute("lang", "uk");
    expect((await meetingUrl(page)).lang).toBe("uk");
  });

  test("Arabic reads right to left and the layout mirrors", async ({ page }) => {
    await page.goto("/?lang=ar");
    await expect(page.getByRole("button", { name: "ابدأ مؤتمرًا" })).toBeVisible();
    await expect(page.locator("html")).toHaveAttribute("dir", "rtl");
    await expect(page.locator("html")).toHaveAttribute("lang", "ar");
    // The brand starts the header on the right, where a left-to-right page has it on the left.
    const gapToRightEdge = await page.evaluate(() => {
      const header = document.querySelector(".site-header") as HTMLElement;
      const brand = header.querySelector(".brand") as HTMLElement;
      const inner =
        header.getBoundingClientRect().right - parseFloat(getComputedStyle(header).paddingRight);
      return inner - brand.getBoundingClientRect().right;
    });
    expect(Math.abs(gapToRightEdge)).toBeLessThan(2);
    expect(
      await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth),
    ).toBeLessThanOrEqual(0);

    await page.getByRole("button", { name: "ابدأ مؤتمرًا" }).click();
    expect((await meetingUrl(page)).lang).toBe("ar");
  });

  test("texts German by design say so in the visitor's language and are marked German", async ({
    page,
  }) => {
    await page.goto("/leichte-sprache?lang=tr");
    await expect(page.getByRole("note").first()).toHaveText(
      "Bu sayfa Almancadır, Leichte Sprache (kolay okunur Almanca) ile yazılmıştır.",
    );
    await expect(page.locator('article [lang="de"] h1')).toHaveText(
      "Peter ruft Paul in Leichter Sprache",
    );

    // The legal texts are translated into every language (legal-languages.spec.ts walks them).
    await page.goto("/datenschutz?lang=tr");
    await expect(page.getByRole("heading", { level: 1, name: "Gizlilik bildirimi" })).toBeVisible();
    await expect(page.getByRole("main")).toContainText("jitsiLocalStorage");
    await expect(page.locator('article [lang="de"]')).toHaveCount(0);

    // The help is translated into every language.
    await page.goto("/hilfe?lang=ar");
    await expect(page.getByRole("heading", { level: 1, name: "مساعدة" })).toBeVisible();
    await expect(page.locator("#kamera")).toHaveText("السماح بالكاميرا والميكروفون");
  });

  test("Leichte Sprache covers the start page and the help", async ({ page }) => {
    await page.goto("/?lang=de-x-ls");
    await expect(page.locator("html")).toHaveAttribute("lang", "de-x-ls");
    await expect(page.getByRole("heading", { name: "Neue Video-Konferenz" })).toBeVisible();
    await page.goto("/hilfe?lang=de-x-ls");
    await expect(
      page.getByRole("heading", { name: "Ich höre nichts. Ich sehe nichts." }),
    ).toBeVisible();
  });

  test("the call in Leichte Sprache gets plain German from Jitsi", async ({ page }) => {
    await page.goto("/ApfelWolkeGeigeTurmKatzeBrot?lang=de-x-ls");
    expect((await meetingUrl(page)).lang).toBe("de");
  });
});
