import { afterEach, describe, expect, it } from "vitest";
import { withStickyParams } from "../lib/history";
import { STICKY_PARAMS } from "./stickyParams";

describe("the parameters the app carries", () => {
  afterEach(() => window.history.replaceState(null, "", "/"));

  it("carries a language the site has, spelt as the site spells it, and drops any other", () => {
    expect(STICKY_PARAMS.lang?.("TR")).toBe("tr");
    expect(STICKY_PARAMS.lang?.("de-x-ls")).toBe("de-x-ls");
    expect(STICKY_PARAMS.lang?.("xx")).toBeNull();
  });

  it("is what the links carry (the test set-up keeps them, as the app does)", () => {
    window.history.replaceState(null, "", "/?lang=UK");
    expect(withStickyParams("/hilfe")).toBe("/hilfe?lang=uk");
  });
});
