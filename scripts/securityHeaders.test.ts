import { describe, expect, it } from "vitest";
import { contentSecurityPolicy, nginxHeaderSnippet, securityHeaders } from "./securityHeaders.ts";

const input = { jitsiOrigin: "https://meet.bretten.de", frameAncestors: [] };

describe("securityHeaders", () => {
  it("allows scripts and frames from exactly the town's Jitsi origin and nothing unsafe", () => {
    const csp = contentSecurityPolicy(input);
    expect(csp).toContain("default-src 'none'");
    expect(csp).toContain("script-src 'self' https://meet.bretten.de/external_api.js;");
    expect(csp).toContain("frame-src https://meet.bretten.de;");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).not.toMatch(/unsafe|\*/);
  });

  it("lets the town's homepage frame the site only when the tenant says so", () => {
    const csp = contentSecurityPolicy({ ...input, frameAncestors: ["https://www.bretten.de"] });
    expect(csp).toContain("frame-ancestors https://www.bretten.de;");
  });

  it("lets the page fetch from its own origin only, plus the dial-in services when configured", () => {
    expect(contentSecurityPolicy(input)).toContain("connect-src 'self';");
    const csp = contentSecurityPolicy({
      ...input,
      connectOrigins: ["https://meet.bretten.de", "https://telefon.bretten.de"],
    });
    expect(csp).toContain("connect-src 'self' https://meet.bretten.de https://telefon.bretten.de;");
  });

  it("writes an nginx snippet with every header, quoted safely", () => {
    const snippet = nginxHeaderSnippet(securityHeaders(input));
    expect(snippet).toContain(
      `add_header Permissions-Policy "camera=(\\"https://meet.bretten.de\\")`,
    );
    expect(snippet.match(/^add_header /gm)).toHaveLength(
      Object.keys(securityHeaders(input)).length,
    );
    expect(() => nginxHeaderSnippet({ X: "a$b" })).toThrow(/unsafe/);
  });
});
