import { describe, expect, it } from "vitest";
import { escapeHtml } from "./escapeHtml.mjs";

describe("escapeHtml", () => {
  it("turns the characters that end text or an attribute into references", () => {
    expect(escapeHtml(`<a href="x" title='y'>&</a>`)).toBe(
      "&#60;a href=&#34;x&#34; title=&#39;y&#39;&#62;&#38;&#60;/a&#62;",
    );
  });

  it("leaves other text as it is", () => {
    expect(escapeHtml("Bühl – Peter ruft Paul")).toBe("Bühl – Peter ruft Paul");
  });
});
