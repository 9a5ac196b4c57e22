/**
 * Playwright helper: a STAND-IN for a town's phone dial-in services, not the real thing. It
 * answers the two requests jitsi-meet's invite dialog makes (and our share panel makes the same
 * way): the numbers list (`dialInNumbersUrl`) and the conference mapper (`dialInConfCodeUrl`,
 * room ↔ PIN), at the made-up host the e2e build names (.env.e2e). Routes sit on the context.
 */
import type { BrowserContext, Route } from "@playwright/test";

/** The made-up host of .env.e2e's VITE_JITSI_DIALIN_* settings. */
export const DIALIN_ORIGIN = "https://dialin.test";
/** What the stand-in answers: a number and one PIN for every room. */
export const DIALIN_NUMBER = "07252 99999-0";
export const DIALIN_PIN = "12345678";

/**
 * - "up": answers like a mapper made for Jitsi;
 * - "refused": every request fails (the mapper is down);
 * - "bad-json": 200 with an HTML error page (a proxy in between);
 * - "hang": never answers (the panel gives up after its timeout).
 */
export type DialInMode = "up" | "refused" | "bad-json" | "hang";

export interface DialInStandIn {
  setMode(mode: DialInMode): void;
  /** Every URL asked of the dial-in host, in order. */
  readonly requests: string[];
}

export async function installDialInStandIn(context: BrowserContext): Promise<DialInStandIn> {
  let mode: DialInMode = "up";
  const requests: string[] = [];
  const json = (route: Route, body: unknown) =>
    route.fulfill({
      status: 200,
      contentType: "application/json",
      // The front end is another origin: the town's web server must send this header too.
      headers: { "Access-Control-Allow-Origin": "*" },
      body: JSON.stringify(body),
    });
  await context.route(`${DIALIN_ORIGIN}/**`, async (route) => {
    const url = new URL(route.request().url());
    requests.push(url.href);
    if (mode === "refused") return route.abort("connectionrefused");
    if (mode === "hang") return; // never fulfilled: the browser waits until the page gives up
    if (mode === "bad-json") {
      return route.fulfill({
        status: 200,
        contentType: "text/html",
        headers: { "Access-Control-Allow-Origin": "*" },
        body: "<h1>502 Bad Gateway</h1>",
      });
    }
    const conference = url.searchParams.get("conference");
    if (url.pathname === "/dialin.json") {
      return json(route, [
        { countryCode: "de", tollFree: false, formattedNumber: DIALIN_NUMBER, default: true },
      ]);
    }
    if (url.pathname === "/conferenceMapper" && conference) {
      return json(route, { id: Number(DIALIN_PIN), conference });
    }
    return route.fulfill({ status: 404, body: "" });
  });
  return {
    setMode: (next) => {
      mode = next;
    },
    requests,
  };
}
