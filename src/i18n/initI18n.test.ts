import { describe, expect, it } from "vitest";
import { changeLanguage, initI18n } from ".";

describe("initI18n", () => {
  it("leaves the page's own language marks alone, then keeps them in step", async () => {
    // A prerendered Arabic page: i18n starts in German while the Arabic texts load.
    document.documentElement.lang = "ar";
    document.documentElement.dir = "rtl";
    initI18n();
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(document.documentElement.lang).toBe("ar");
    expect(document.documentElement.dir).toBe("rtl");

    await changeLanguage("en");
    expect(document.documentElement.lang).toBe("en");
    expect(document.documentElement.dir).toBe("ltr");
  });
});
