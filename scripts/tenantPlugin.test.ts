// @vitest-environment node
import { describe, expect, it } from "vitest";
import { selectTenant } from "./selectTenant.ts";
import { tenantPlugin } from "./tenantPlugin.ts";

type Middleware = (
  request: { url: string; headers: Record<string, string> },
  response: unknown,
  next: () => void,
) => void;

/** The file `npm run preview` serves for a path and an Accept-Language header. */
function previewFile(url: string, acceptLanguage: string): string {
  const plugin = tenantPlugin(selectTenant(), {}, "test");
  let middleware: Middleware | undefined;
  const server = {
    config: { build: { outDir: "dist" } },
    middlewares: { use: (fn: Middleware) => (middleware = fn) },
  };
  (plugin.configurePreviewServer as (server: unknown) => void)(server);
  const request = { url, headers: { "accept-language": acceptLanguage } };
  middleware?.(request, {}, () => {});
  return request.url;
}

describe("the preview server", () => {
  it("picks a page's language as nginx and the app do", () => {
    expect(previewFile("/hilfe", "fr, tr, en")).toBe("/_pages/tr/hilfe.html");
    expect(previewFile("/", "x, de, en")).toBe("/_pages/de/index.html");
    expect(previewFile("/hilfe", "en-US,en;q=0.5")).toBe("/_pages/en/hilfe.html");
    expect(previewFile("/hilfe?lang=uk", "tr")).toBe("/_pages/uk/chosen/hilfe.html");
    expect(previewFile("/hilfe?lang=xx", "ar-EG")).toBe("/_pages/ar/hilfe.html");
  });

  it("gives every other path without a file name the app's shell", () => {
    expect(previewFile("/ApfelWolkeGeigeTurmKatzeBrot", "de")).toBe("/app.html");
    expect(previewFile("/assets/index-abc.js", "de")).toBe("/assets/index-abc.js");
  });
});
