import { describe, expect, it } from "vitest";
import { readBrowserEnv } from "./browserSupport";

const UA = "Mozilla/5.0 (X11; Linux x86_64) Firefox/128.0";

describe("readBrowserEnv", () => {
  it("reads user agent, RTCPeerConnection and getUserMedia", () => {
    const globals = {
      navigator: { userAgent: UA, mediaDevices: { getUserMedia() {} } },
      RTCPeerConnection: class {},
      isSecureContext: true,
    };
    expect(readBrowserEnv(globals)).toEqual({
      userAgent: UA,
      hasPeerConnection: true,
      hasGetUserMedia: true,
    });
  });

  it("reports what is missing", () => {
    const globals = { navigator: { userAgent: UA }, isSecureContext: true };
    expect(readBrowserEnv(globals)).toEqual({
      userAgent: UA,
      hasPeerConnection: false,
      hasGetUserMedia: false,
    });
  });

  it("does not count camera access as missing on insecure pages, which cannot see it", () => {
    const globals = { navigator: { userAgent: UA }, RTCPeerConnection: class {} };
    expect(readBrowserEnv(globals).hasGetUserMedia).toBeNull();
  });

  it("never throws, and assumes a working browser when it cannot ask", () => {
    const hostile = {
      get navigator(): never {
        throw new Error("blocked by a privacy extension");
      },
    };
    expect(readBrowserEnv(hostile)).toEqual({
      userAgent: "",
      hasPeerConnection: true,
      hasGetUserMedia: null,
    });
    expect(readBrowserEnv(null).hasPeerConnection).toBe(true);
    expect(readBrowserEnv(undefined)).toMatchObject({ userAgent: expect.any(String) });
  });
});
