import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { navigate, setStickyParams, withStickyParams } from "./history";

// A rule like the app's (src/app/stickyParams.ts, tested there with the site's languages).
const LANGUAGES = ["de", "en", "tr", "uk", "ar", "de-x-ls"];
beforeEach(() =>
  setStickyParams({
    lang: (value) => LANGUAGES.find((code) => code === value.toLowerCase()) ?? null,
  }),
);

describe("the chosen language travels in the address", () => {
  afterEach(() => window.history.replaceState(null, "", "/"));

  it("leaves paths alone when no language was chosen", () => {
    window.history.replaceState(null, "", "/");
    expect(withStickyParams("/ApfelWolkeGeigeTurmKatzeBrot")).toBe("/ApfelWolkeGeigeTurmKatzeBrot");
  });

  it("adds ?lang= to in-app paths and to room links, before a fragment", () => {
    window.history.replaceState(null, "", "/impressum?lang=tr");
    expect(withStickyParams("/hilfe")).toBe("/hilfe?lang=tr");
    expect(withStickyParams("/Raum#gast=Oma%20Erna")).toBe("/Raum?lang=tr#gast=Oma%20Erna");
    expect(withStickyParams(`${window.location.origin}/Raum`)).toBe(
      `${window.location.origin}/Raum?lang=tr`,
    );
  });

  it("keeps a language the target sets itself, and never touches other sites", () => {
    window.history.replaceState(null, "", "/?lang=tr");
    expect(withStickyParams("/?lang=ar")).toBe("/?lang=ar");
    expect(withStickyParams("https://www.bretten.de/")).toBe("https://www.bretten.de/");
  });

  it("carries only a language the site has, spelt as the site spells it", () => {
    window.history.replaceState(null, "", "/?lang=xx");
    expect(withStickyParams("/hilfe")).toBe("/hilfe");
    window.history.replaceState(null, "", "/?lang=TR");
    expect(withStickyParams("/hilfe")).toBe("/hilfe?lang=tr");
    window.history.replaceState(null, "", "/?lang=de-x-ls");
    expect(withStickyParams("/hilfe")).toBe("/hilfe?lang=de-x-ls");
  });

  it("navigate carries it along", () => {
    window.history.replaceState(null, "", "/?lang=uk");
    navigate("/auf-wiedersehen");
    expect(`${window.location.pathname}${window.location.search}`).toBe("/auf-wiedersehen?lang=uk");
  });
});
