import { afterEach, describe, expect, it } from "vitest";
import { changeLanguage, initI18n } from ".";

describe("changeLanguage", () => {
  afterEach(() => changeLanguage("de"));

  it("lets the last request win while an earlier language still loads", async () => {
    const i18n = initI18n();
    await changeLanguage("de");
    const turkish = changeLanguage("tr");
    const german = changeLanguage("de");
    await Promise.all([turkish, german]);
    expect(i18n.language).toBe("de");
  });

  it("switches once the texts are there", async () => {
    const i18n = initI18n();
    await changeLanguage("uk");
    expect(i18n.language).toBe("uk");
    expect(i18n.t("landing.start.button")).not.toBe("Konferenz starten");
  });
});
