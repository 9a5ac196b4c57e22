import AxeBuilder from "@axe-core/playwright";
import type { Page } from "@playwright/test";
import { expect, JITSI_ORIGIN, test } from "./fixtures";

/** WCAG 2.1 A and AA, as BITV 2.0 and the L-BGG ask. */
const TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"];
const ROOM = "ApfelWolkeGeigeTurmKatzeBrot";

/** Every page of the site, with what shows it is ready. */
const ROUTES: { path: string; ready: (page: Page) => Promise<void> }[] = [
  { path: "/", ready: (page) => expect(page.locator("main button").first()).toBeVisible() },
  {
    path: `/${ROOM}`,
    ready: (page) => expect(page.locator(`iframe[src^="${JITSI_ORIGIN}/"]`)).toBeVisible(),
  },
  { path: "/auf-wiedersehen", ready: headingShown },
  { path: "/impressum", ready: headingShown },
  { path: "/datenschutz", ready: headingShown },
  { path: "/barrierefreiheit", ready: headingShown },
  { path: "/hilfe", ready: headingShown },
  { path: "/leichte-sprache", ready: headingShown },
  { path: "/ab", ready: headingShown },
];

async function headingShown(page: Page) {
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
}

/** axe's findings in a form a failing test can print usefully. */
async function violations(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(TAGS).analyze();
  return results.violations.map((violation) => ({
    rule: violation.id,
    impact: violation.impact,
    help: violation.help,
    targets: violation.nodes.map((node) => node.target.join(" ")),
  }));
}

/**
 * Every page in German, Arabic (right to left) and Leichte Sprache; the legal pages, whose long
 * texts each language has in its own words, in every language of the site.
 */
const LANGUAGES = ["de", "ar", "de-x-ls"];
const ALL_LANGUAGES = ["de", "en", "tr", "uk", "ar", "de-x-ls"];
const LEGAL_PATHS = ["/impressum", "/datenschutz", "/barrierefreiheit"];

test.describe("axe: no WCAG 2.1 AA violations", () => {
  for (const route of ROUTES) {
    const codes = LEGAL_PATHS.includes(route.path) ? ALL_LANGUAGES : LANGUAGES;
    for (const code of codes) {
      const language = { code, query: code === "de" ? "" : `?lang=${code}` };
      test(`${route.path} in ${language.code}`, async ({ page }) => {
        await page.goto(`${route.path}${language.query}`);
        await expect(page.locator("html")).toHaveAttribute("lang", language.code);
        await route.ready(page);
        expect(await violations(page)).toEqual([]);
      });
    }
  }

  test("the start page with an error, a warning and the language list open", async ({ page }) => {
    await page.goto("/");
    await page.getByRole("button", { name: "Beitreten" }).click();
    await expect(page.getByRole("alert")).toBeVisible();
    expect(await violations(page)).toEqual([]);

    await page.getByRole("textbox", { name: "Raumname oder Link" }).fill("Familie");
    await page.getByRole("button", { name: "Beitreten" }).click();
    await expect(page.getByText(/leicht zu erraten/)).toBeVisible();
    await page.getByRole("navigation", { name: "Sprache" }).locator("summary").click();
    await expect(page.getByRole("link", { name: "العربية" })).toBeVisible();
    expect(await violations(page)).toEqual([]);
  });

  test("the page for the town's web editors", async ({ page }) => {
    await page.goto("/einbinden");
    await headingShown(page);
    expect(await violations(page)).toEqual([]);
  });
});

/** The pages with the site's frame (the call is full-screen and tested in layout.spec.ts). */
const PAGES = ROUTES.filter((route) => route.path !== `/${ROOM}`);

/** Horizontal overflow of the page, and elements whose content spills out of their own box. */
async function overflow(page: Page) {
  return page.evaluate(() => {
    const spilling = [...document.querySelectorAll<HTMLElement>("header *, main *, footer *")]
      .filter((element) => {
        const style = getComputedStyle(element);
        if (style.display === "inline" || /auto|scroll/.test(style.overflowX)) return false;
        if (element.closest(".visually-hidden, svg")) return false;
        return element.scrollWidth > element.clientWidth + 1;
      })
      .map((element) => `${element.tagName.toLowerCase()}.${element.className}`);
    return {
      page: document.documentElement.scrollWidth - document.documentElement.clientWidth,
      spilling,
    };
  });
}

test.describe("layout for everyone", () => {
  test.describe("at 320 CSS pixels", () => {
    test.use({ viewport: { width: 320, height: 640 } });

    for (const route of PAGES) {
      for (const query of ["", "?lang=ar"]) {
        test(`${route.path}${query} reflows without sideways scrolling`, async ({ page }) => {
          await page.goto(`${route.path}${query}`);
          await route.ready(page);
          expect(await overflow(page)).toEqual({ page: 0, spilling: [] });
        });
      }
    }
  });

  for (const route of PAGES) {
    test(`${route.path} with text at 200 %: nothing cut off or spilling`, async ({ page }) => {
      await page.goto(route.path);
      await route.ready(page);
      const before = await page.locator("main").evaluate((main) => main.scrollHeight);
      // Text zoom, as the browser setting does it: every rem doubles.
      await page.evaluate(() => {
        document.documentElement.style.fontSize = "200%";
      });
      await expect
        .poll(() => page.locator("main").evaluate((main) => main.scrollHeight))
        .toBeGreaterThan(before);
      expect(await overflow(page)).toEqual({ page: 0, spilling: [] });
    });
  }

  test("less motion when the system asks for it", async ({ page }) => {
    const motion = () =>
      page.evaluate(() => ({
        scroll: getComputedStyle(document.documentElement).scrollBehavior,
        button: Number.parseFloat(
          getComputedStyle(document.querySelector("main .button") as Element).transitionDuration,
        ),
      }));
    await page.emulateMedia({ reducedMotion: "no-preference" });
    await page.goto("/");
    await expect(page.getByRole("button", { name: "Konferenz starten" })).toBeVisible();
    // Without the wish there is some motion (so the check below can tell the difference).
    expect(await motion()).toEqual({ scroll: "smooth", button: 0.15 });
    await page.emulateMedia({ reducedMotion: "reduce" });
    const reduced = await motion();
    expect(reduced.scroll).toBe("auto");
    expect(reduced.button).toBeLessThanOrEqual(0.00001);
  });

  for (const route of PAGES) {
    test(`${route.path}: every link and button is at least 44 × 44 px`, async ({ page }) => {
      await page.goto(route.path);
      await route.ready(page);
      const { checked, small } = await page.evaluate(() => {
        const targets = [
          ...document.querySelectorAll<HTMLElement>(
            "header a, header button, header summary, main a, main button, main summary, main input, footer a, footer button",
          ),
        ]
          .map((element) => ({ element, box: element.getBoundingClientRect() }))
          .filter(({ box }) => box.width > 0 && box.height > 0);
        return {
          checked: targets.length,
          small: targets
            .filter(({ box }) => box.width < 44 || box.height < 44)
            .map(
              ({ element, box }) =>
                `${element.textContent?.trim() || element.getAttribute("aria-label")}: ${Math.round(box.width)}×${Math.round(box.height)}`,
            ),
        };
      });
      // Header and footer alone have eight targets: the check is looking at something.
      expect(checked).toBeGreaterThanOrEqual(8);
      expect(small).toEqual([]);
    });
  }
});
