import { createHash } from "node:crypto";
import { DIALIN_ORIGIN } from "../dial-in-stand-in";
import { expect, JITSI_ORIGIN, test } from "./fixtures";
import { observatoryScore } from "./observatory";

// Headers do not depend on the viewport: one project is enough.
test.describe("security headers nginx sends", () => {
  test.skip(({ isMobile }) => isMobile, "same server, same headers");

  for (const path of ["/", "/ApfelWolkeGeigeTurmKatzeBrot", "/auf-wiedersehen"]) {
    test(`${path} scores A+ under the HTTP Observatory's published scoring`, async ({
      request,
      baseURL,
    }) => {
      const response = await request.get(path);
      expect(response.status()).toBe(200);
      const result = observatoryScore(
        response.headers(),
        await response.text(),
        new URL(baseURL ?? "").origin,
      );
      const failing = result.modifiers.filter((m) => m.modifier < 0);
      expect(failing, JSON.stringify(result.modifiers, null, 1)).toEqual([]);
      expect(result.score).toBeGreaterThanOrEqual(100);
      expect(result.grade).toBe("A+");
    });
  }

  test("the policy names exactly the Jitsi server the build embeds", async ({ request }) => {
    const response = await request.get("/");
    const headers = response.headers();
    const page = await response.text();
    const csp = new Map(
      headers["content-security-policy"]
        ?.split(";")
        .map((part) => part.trim().split(/\s+/))
        .map(([name, ...values]) => [name, values] as const),
    );
    expect(csp.get("default-src")).toEqual(["'none'"]);
    // Inline code is admitted by hash, one by one: the prerendered page's stylesheet and the
    // starter of its script. Nothing else inline can run.
    const hash = (text: string) => `'sha256-${createHash("sha256").update(text).digest("base64")}'`;
    const inlineScript = page.match(/<script type="module">([^<]+)<\/script>/)?.[1] ?? "none";
    const inlineStyle = page.match(/<style>([^<]+)<\/style>/)?.[1] ?? "none";
    // Of the Jitsi server, only the one script the call needs (loadExternalApi).
    expect(csp.get("script-src")).toEqual([
      "'self'",
      `${JITSI_ORIGIN}/external_api.js`,
      hash(inlineScript),
    ]);
    expect(csp.get("style-src")).toEqual(["'self'", hash(inlineStyle)]);
    expect(csp.get("frame-src")).toEqual([JITSI_ORIGIN]);
    // Bretten's e2e build has phone dial-in (.env.e2e): its stand-in's origin, and no other.
    expect(csp.get("connect-src")).toEqual(["'self'", DIALIN_ORIGIN]);
    expect(csp.get("frame-ancestors")).toEqual(["'none'"]);
    expect(csp.get("base-uri")).toEqual(["'none'"]);
    expect(csp.get("object-src")).toEqual(["'none'"]);
    expect(headers["content-security-policy"]).not.toMatch(/unsafe-(inline|eval)/);

    const permissions = headers["permissions-policy"] ?? "";
    for (const feature of ["camera", "microphone", "display-capture", "fullscreen", "autoplay"]) {
      expect(permissions).toContain(`${feature}=("${JITSI_ORIGIN}")`);
    }
    expect(permissions).toContain(`clipboard-write=(self "${JITSI_ORIGIN}")`);
    for (const feature of ["geolocation", "payment", "usb"])
      expect(permissions).toContain(`${feature}=()`);

    expect(headers["referrer-policy"]).toBe("no-referrer");
    expect(headers["strict-transport-security"]).toBe("max-age=63072000; includeSubDomains");
    expect(headers["x-content-type-options"]).toBe("nosniff");
    expect(headers["cross-origin-resource-policy"]).toBe("same-origin");
    expect(headers.server).toBe("nginx");
  });

  test("caching: the app shell is revalidated, hashed assets are immutable, answers are gzipped", async ({
    request,
    page,
  }) => {
    const shell = await request.get("/SomeRoomName", { headers: { "accept-encoding": "gzip" } });
    expect(shell.headers()["cache-control"]).toBe("no-cache");
    const assets: string[] = [];
    page.on("response", (r) => {
      if (new URL(r.url()).pathname.startsWith("/assets/")) assets.push(r.url());
    });
    // The start page's script follows its first paint: wait for it.
    const script = page.waitForResponse(/\/assets\/index-[^/]+\.js$/);
    await page.goto("/");
    await script;
    expect(assets.length).toBeGreaterThan(0);
    for (const url of assets) {
      const asset = await request.get(url, { headers: { "accept-encoding": "gzip" } });
      expect(asset.headers()["cache-control"]).toBe("public, max-age=31536000, immutable");
      if (url.endsWith(".js")) expect(asset.headers()["content-encoding"]).toBe("gzip");
    }
    // A file missing (during a deploy, say) must not stay missing for a year in a browser or CDN.
    const missing = await request.get("/assets/missing-1234.js");
    expect(missing.status()).toBe(404);
    expect(missing.headers()["cache-control"]).toBe("no-store");
    for (const snippet of ["security-headers.conf", "languages.conf"])
      expect((await request.get(`/.nginx/${snippet}`)).status()).toBe(404);
  });

  test("redirects name the path only, never a host from the request or nginx's own port", async ({
    request,
  }) => {
    const hostile = { Host: "evil.example" };
    const index = await request.get("/index.html", { headers: hostile, maxRedirects: 0 });
    expect(index.status()).toBe(301);
    expect(index.headers().location).toBe("/");
  });
});
