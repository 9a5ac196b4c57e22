import type { Page } from "@playwright/test";
import { expect, test } from "./fixtures";

/**
 * The imprint, the privacy statement and the accessibility statement in every language of the site
 * (axe walks them all in a11y.spec.ts): each in its own language, from the first byte of HTML on.
 */

const PATHS = ["/impressum", "/datenschutz", "/barrierefreiheit"] as const;

const LANGUAGES = [
  {
    code: "de",
    dir: "ltr",
    headings: ["Impressum", "Datenschutzerklärung", "Erklärung zur Barrierefreiheit"],
    draft: "Entwurf: Die Stadt Bretten prüft",
    binding: null,
  },
  {
    code: "en",
    dir: "ltr",
    headings: ["Legal notice", "Privacy policy", "Accessibility statement"],
    draft: "Draft: the town of Bretten is still checking",
    binding: "The German text is the binding one.",
  },
  {
    code: "tr",
    dir: "ltr",
    headings: ["Künye", "Gizlilik bildirimi", "Erişilebilirlik beyanı"],
    draft: "Taslak: Bretten Belediyesi",
    binding: "Bağlayıcı olan Almanca metindir.",
  },
  {
    code: "uk",
    dir: "ltr",
    headings: ["Вихідні дані", "Заява про захист даних", "Заява про доступність"],
    draft: "Чернетка: місто Bretten",
    binding: "Юридичну силу має німецький текст.",
  },
  {
    code: "ar",
    dir: "rtl",
    headings: ["بيانات الناشر", "بيان حماية البيانات", "بيان إمكانية الوصول"],
    draft: "مسودة: ما زالت مدينة",
    binding: "النص الألماني هو النص الملزِم.",
  },
  {
    // Leichte Sprache shows the binding German text, with its own note in Leichte Sprache.
    code: "de-x-ls",
    dir: "ltr",
    headings: ["Impressum", "Datenschutzerklärung", "Erklärung zur Barrierefreiheit"],
    draft: "Entwurf: Die Stadt Bretten prüft",
    binding: null,
  },
] as const;

const address = (code: string, path: string) => (code === "de" ? path : `${path}?lang=${code}`);

test.describe("legal pages in every language", () => {
  for (const language of LANGUAGES) {
    PATHS.forEach((path, index) => {
      test(`${path} in ${language.code}`, async ({ page }) => {
        const heading = language.headings[index] as string;
        // As the server sends it (prerendered), before any script runs.
        const html = await (await page.request.get(address(language.code, path))).text();
        expect(html).toContain(`<html lang="${language.code}" dir="${language.dir}">`);
        expect(html).toContain(`<h1 id="info-title">${heading}</h1>`);

        await page.goto(address(language.code, path));
        const root = page.locator("html");
        await expect(root).toHaveAttribute("lang", language.code);
        await expect(root).toHaveAttribute("dir", language.dir);
        const main = page.getByRole("main");
        await expect(main.getByRole("heading", { level: 1 })).toHaveText(heading);
        const notes = main.getByRole("note");
        await expect(notes.filter({ hasText: language.draft })).toBeVisible();
        if (language.binding)
          await expect(notes.filter({ hasText: language.binding })).toBeVisible();
        // Draft, binding text and (Leichte Sprache) the pointer to it: no "only in German" note.
        const easyNote = language.code === "de-x-ls" && path !== "/datenschutz";
        await expect(notes).toHaveCount(1 + (language.binding ? 1 : 0) + (easyNote ? 1 : 0));
        // No German text marked as such inside a page in another language.
        await expect(main.locator("[lang]")).toHaveCount(0);
        // The town's data, the same in every language.
        if (path === "/impressum") {
          await expect(main).toContainText("75015 Bretten");
          await expect(main.getByRole("link", { name: "info@bretten.de" })).toHaveAttribute(
            "href",
            "mailto:info@bretten.de",
          );
        }
      });
    });
  }
});

/** Whether `first` is drawn left of `second` inside the text of `main` that contains `whole`. */
function drawnLeftOf(page: Page, whole: string, first: string, second: string) {
  return page.evaluate(
    ({ whole, first, second }) => {
      const main = document.querySelector("main") as HTMLElement;
      const walker = document.createTreeWalker(main, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const text = node.textContent ?? "";
        if (!text.includes(whole)) continue;
        const box = (part: string) => {
          const range = document.createRange();
          const start = text.indexOf(part);
          range.setStart(node, start);
          range.setEnd(node, start + part.length);
          return range.getBoundingClientRect();
        };
        return box(first).right <= box(second).left;
      }
      return null;
    },
    { whole, first, second },
  );
}

test("in Arabic, the town's address and phone number keep their left-to-right order", async ({
  page,
}) => {
  await page.goto("/impressum?lang=ar");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("بيانات الناشر");
  // Right to left, unisolated, "75015 Bretten" would read "Bretten 75015", "07252 921-0" as
  // "921-0 07252".
  expect(await drawnLeftOf(page, "75015 Bretten", "75015", "Bretten")).toBe(true);
  expect(await drawnLeftOf(page, "07252 921-0", "07252", "921-0")).toBe(true);
});

test.describe("privacy in Leichte Sprache", () => {
  test("the Leichte Sprache page leads to the summary, which comes before the full text", async ({
    page,
  }) => {
    await page.goto("/leichte-sprache");
    await page.getByRole("link", { name: "Datenschutz in Leichter Sprache" }).click();
    await expect(page).toHaveURL(/\/datenschutz\?lang=de-x-ls#leichte-sprache$/);
    await expect(page.locator("html")).toHaveAttribute("lang", "de-x-ls");
    const main = page.getByRole("main");
    const headings = main.getByRole("heading", { level: 2 });
    await expect(headings.first()).toHaveText("Datenschutz in Leichter Sprache");
    await expect(headings.nth(1)).toHaveText("Das Wichtigste in Kürze");
    for (const part of ["Diese Daten bekommt die Stadt", "Das macht die Stadt nicht"]) {
      await expect(main.getByRole("heading", { level: 3, name: part })).toBeVisible();
    }
    await expect(main).toContainText("Die Stadt löscht die Liste nach 7 Tagen.");
    await expect(main.getByRole("link", { name: "datenschutz@bretten.de" }).first()).toBeVisible();
  });

  test("the privacy statement in every other language links to the summary", async ({ page }) => {
    for (const [code, name] of [
      ["de", "Das Wichtigste zum Datenschutz in Leichter Sprache"],
      ["tr", "Veri koruma hakkında en önemli bilgiler, Leichte Sprache ile (kolay okunur Almanca)"],
    ] as const) {
      await page.goto(address(code, "/datenschutz"));
      await expect(page.getByRole("main").getByRole("link", { name })).toHaveAttribute(
        "href",
        "/datenschutz?lang=de-x-ls#leichte-sprache",
      );
    }
  });
});
