import { expect, JITSI_ORIGIN, test } from "./fixtures";

test.describe("layout", () => {
  test("the landing page fits the screen without sideways scrolling", async ({ page }) => {
    await page.goto("/");
    await expect(page.getByRole("button", { name: "Konferenz starten" })).toBeVisible();
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - window.innerWidth,
    );
    expect(overflow).toBeLessThanOrEqual(0);
    const start = await page.getByRole("button", { name: "Konferenz starten" }).boundingBox();
    expect(start?.height).toBeGreaterThanOrEqual(44);
    expect(start?.width).toBeGreaterThanOrEqual(44);
  });

  test("the call fills the screen below the bar, with no page scrolling", async ({ page }) => {
    await page.goto("/ApfelWolkeGeigeTurmKatzeBrot");
    const iframe = page.locator(`iframe[src^="${JITSI_ORIGIN}/"]`);
    await expect(iframe).toBeVisible();
    const viewport = page.viewportSize();
    const box = await iframe.boundingBox();
    if (!viewport || !box) throw new Error("no layout");
    expect(box.width).toBeCloseTo(viewport.width, 0);
    expect(box.y + box.height).toBeCloseTo(viewport.height, 0);
    expect(box.height).toBeGreaterThan(viewport.height * 0.8);
    const scroll = await page.evaluate(() => ({
      x: document.documentElement.scrollWidth - window.innerWidth,
      y: document.documentElement.scrollHeight - window.innerHeight,
    }));
    expect(scroll).toEqual({ x: 0, y: 0 });
  });
});
