import type { Page } from "@playwright/test";
import { expect, GENERATED_ROOM, JITSI_ORIGIN, test } from "./fixtures";

/** What has the keyboard focus: its accessible-ish name and whether its focus ring shows. */
async function focused(page: Page) {
  return page.evaluate(() => {
    const element = document.activeElement as HTMLElement | null;
    if (!element || element === document.body) return null;
    const style = getComputedStyle(element);
    const box = element.getBoundingClientRect();
    const label =
      element.getAttribute("aria-label") ||
      (element instanceof HTMLInputElement && element.labels?.[0]?.textContent) ||
      element.textContent ||
      "";
    return {
      tag: element.tagName.toLowerCase(),
      name: label.replace(/\s+/g, " ").trim(),
      outline: style.outlineStyle === "none" ? 0 : Number.parseFloat(style.outlineWidth),
      top: box.top + window.scrollY,
      visible: box.width > 0 && box.height > 0,
    };
  });
}

async function tab(page: Page) {
  await page.keyboard.press("Tab");
  const now = await focused(page);
  if (!now) throw new Error("the focus left the page");
  return now;
}

test.describe("keyboard only", () => {
  test("the skip link comes first, shows, and jumps to the content", async ({ page }) => {
    await page.goto("/impressum");
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    const first = await tab(page);
    expect(first.name).toBe("Zum Inhalt springen");
    const skip = page.getByRole("link", { name: "Zum Inhalt springen" });
    await expect(skip).toBeInViewport();
    await page.keyboard.press("Enter");
    await expect(page.locator("main")).toBeFocused();
    // The next stop is inside the content, not the header again.
    await page.keyboard.press("Tab");
    expect(
      await page.evaluate(() => document.querySelector("main")?.contains(document.activeElement)),
    ).toBe(true);
  });

  test("the tab order follows the page, and every stop shows a clear focus ring", async ({
    page,
  }) => {
    await page.goto("/");
    await expect(page.getByRole("button", { name: "Konferenz starten" })).toBeVisible();
    const stops: NonNullable<Awaited<ReturnType<typeof focused>>>[] = [];
    for (let i = 0; i < 40; i++) {
      await page.keyboard.press("Tab");
      const stop = await focused(page);
      // Past the last stop the focus leaves the page (or wraps around): the walk is complete.
      if (!stop || stops.some((seen) => seen.name === stop.name && seen.tag === stop.tag)) break;
      stops.push(stop);
    }
    const names = stops.map((stop) => stop.name);
    const order = [
      "Zum Inhalt springen",
      "Peter ruft Paul – zur Startseite",
      "Sprache wählen, eingestellt ist: Deutsch",
      "Konferenz starten",
      "Raumname oder Link",
      "Beitreten",
      "Impressum",
      "Datenschutz",
      "Barrierefreiheit",
      "Hilfe",
      "Leichte Sprache",
      "Zur Website der Stadt Bretten",
    ];
    const positions = order.map((name) => names.indexOf(name));
    expect(positions, `tab stops: ${names.join(" | ")}`).not.toContain(-1);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
    // Top to bottom: no stop jumps back up the page (the skip link sits above everything).
    const tops = stops.slice(1).map((stop) => stop.top);
    for (let i = 1; i < tops.length; i++)
      expect(tops[i], names[i + 1]).toBeGreaterThanOrEqual((tops[i - 1] ?? 0) - 60);
    // A visible ring of at least 2 px on every stop.
    for (const stop of stops) {
      expect(stop.visible, stop.name).toBe(true);
      expect(stop.outline, `focus ring of ${stop.name}`).toBeGreaterThanOrEqual(2);
    }
  });

  test("the language switch works with the keyboard", async ({ page }) => {
    await page.goto("/");
    await page.getByRole("navigation", { name: "Sprache" }).locator("summary").focus();
    await page.keyboard.press("Enter");
    await page.keyboard.press("Tab");
    await page.keyboard.press("Tab");
    await page.keyboard.press("Tab");
    expect((await focused(page))?.name).toBe("English");
    await page.keyboard.press("Enter");
    await expect(page.getByRole("button", { name: "Start a meeting" })).toBeVisible();
    await expect(page).toHaveURL(/\?lang=en$/);
  });

  test("a call starts without a mouse, and its invitation opens from the keyboard", async ({
    page,
  }) => {
    await page.goto("/");
    await expect(page.getByRole("button", { name: "Konferenz starten" })).toBeVisible();
    let stop = await tab(page);
    for (let i = 0; i < 10 && stop.name !== "Konferenz starten"; i++) stop = await tab(page);
    expect(stop.name).toBe("Konferenz starten");
    await page.keyboard.press("Enter");
    await expect(page).toHaveURL((url) => GENERATED_ROOM.test(url.pathname.slice(1)));
    await expect(page.locator(`iframe[src^="${JITSI_ORIGIN}/"]`)).toBeVisible();

    const panel = page.getByRole("dialog", { name: "Personen einladen" });
    // A new room may open its invitation by itself (a moment after the iframe, when the room was
    // made by /neu); otherwise the bar's button does.
    await panel.waitFor({ state: "visible", timeout: 3000 }).catch(() => {});
    if (!(await panel.isVisible())) {
      for (let i = 0; i < 10 && (await focused(page))?.name !== "Einladen"; i++) await tab(page);
      expect((await focused(page))?.name).toBe("Einladen");
      await page.keyboard.press("Enter");
    }
    await expect(panel).toBeVisible();
    expect(
      await page.evaluate(() =>
        document.querySelector("[role=dialog], dialog")?.contains(document.activeElement),
      ),
    ).toBe(true);
  });
});
