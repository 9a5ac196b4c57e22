import { describe, expect, it } from "vitest";
import type { BrowserEnv } from "../../lib/browserSupport";
import { detectBrowserSupport } from "./browserSupport";

const WORKS: Omit<BrowserEnv, "userAgent"> = { hasPeerConnection: true, hasGetUserMedia: true };
const NO_RTC: Omit<BrowserEnv, "userAgent"> = { hasPeerConnection: false, hasGetUserMedia: false };
const detect = (userAgent: string, facts = WORKS) => detectBrowserSupport({ userAgent, ...facts });

const UA = {
  chrome:
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36",
  chrome71:
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/71.0.3578.98 Safari/537.36",
  chrome72:
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/72.0.3626.121 Safari/537.36",
  headless:
    "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) HeadlessChrome/131.0.0.0 Safari/537.36",
  edge: "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36 Edg/131.0.0.0",
  edgeLegacy:
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/70.0.3538.102 Safari/537.36 Edge/18.19582",
  ie11: "Mozilla/5.0 (Windows NT 10.0; WOW64; Trident/7.0; rv:11.0) like Gecko",
  ie10: "Mozilla/5.0 (compatible; MSIE 10.0; Windows NT 6.1; Trident/6.0)",
  firefox: "Mozilla/5.0 (X11; Linux x86_64; rv:128.0) Gecko/20100101 Firefox/128.0",
  firefox90: "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:90.0) Gecko/20100101 Firefox/90.0",
  firefox91: "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:91.0) Gecko/20100101 Firefox/91.0",
  safari17:
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Safari/605.1.15",
  safari14:
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_6) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/14.0 Safari/605.1.15",
  safari13:
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_4) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/13.1 Safari/605.1.15",
  iphone17:
    "Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Mobile/15E148 Safari/604.1",
  iphone13:
    "Mozilla/5.0 (iPhone; CPU iPhone OS 13_7 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/13.1.2 Mobile/15E148 Safari/604.1",
  ipad12:
    "Mozilla/5.0 (iPad; CPU OS 12_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/12.1.2 Mobile/15E148 Safari/604.1",
  chromeIos:
    "Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) CriOS/124.0.6367.88 Mobile/15E148 Safari/604.1",
  android:
    "Mozilla/5.0 (Linux; Android 10; K) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Mobile Safari/537.36",
  samsung:
    "Mozilla/5.0 (Linux; Android 13; SM-S911B) AppleWebKit/537.36 (KHTML, like Gecko) SamsungBrowser/23.0 Chrome/115.0.0.0 Mobile Safari/537.36",
  androidStock:
    "Mozilla/5.0 (Linux; U; Android 4.0.3; de-de; GT-I9100 Build/IML74K) AppleWebKit/534.30 (KHTML, like Gecko) Version/4.0 Mobile Safari/534.30",
};

describe("detectBrowserSupport", () => {
  it.each([
    "chrome",
    "chrome72",
    "headless",
    "edge",
    "firefox",
    "firefox91",
    "safari17",
    "safari14",
    "iphone17",
    "chromeIos",
    "android",
    "samsung",
  ] as const)("%s is supported (and gets no notice)", (name) => {
    expect(detect(UA[name])).toEqual({ supported: true });
  });

  it.each([
    ["ie11", "retired"],
    ["ie10", "retired"],
    ["edgeLegacy", "retired"],
    ["chrome71", "outdated"],
    ["firefox90", "outdated"],
    ["safari13", "outdated"],
    ["iphone13", "outdatedIos"],
    ["ipad12", "outdatedIos"],
  ] as const)("%s is told it will not work: %s", (name, reason) => {
    expect(detect(UA[name])).toEqual({ supported: false, reason });
  });

  it("names the missing WebRTC first, whatever the browser claims to be", () => {
    expect(detect(UA.firefox, NO_RTC)).toEqual({ supported: false, reason: "noWebRTC" });
    expect(detect(UA.androidStock, NO_RTC)).toEqual({ supported: false, reason: "noWebRTC" });
    expect(detect("", NO_RTC)).toEqual({ supported: false, reason: "noWebRTC" });
    expect(detect(UA.chrome, { hasPeerConnection: true, hasGetUserMedia: false })).toEqual({
      supported: false,
      reason: "noWebRTC",
    });
  });

  it("sends iPhone and iPad users to Safari when their browser lacks WebRTC", () => {
    expect(detect(UA.chromeIos, NO_RTC)).toEqual({ supported: false, reason: "noWebRTCIos" });
  });

  it("gives unknown browsers with WebRTC the benefit of the doubt", () => {
    for (const ua of ["", "curl/8.0", "Mozilla/5.0 (X11) SomeNewBrowser/1.0"]) {
      expect(detect(ua, { hasPeerConnection: true, hasGetUserMedia: null })).toEqual({
        supported: true,
      });
    }
  });
});
