import { test as base, expect, type FrameLocator, type Page } from "@playwright/test";
import type { Tenant } from "../../src/config/tenant";
import { TENANTS } from "../../src/config/tenants";
import { DIALIN_ORIGIN, type DialInStandIn, installDialInStandIn } from "../dial-in-stand-in";
import { installJitsiStandIn, type StandIn } from "../jitsi-stand-in";

/** The made-up host the e2e build talks to (see .env.e2e); Playwright serves the stand-in there. */
export const JITSI_DOMAIN = "jitsi.test";
export const JITSI_ORIGIN = `https://${JITSI_DOMAIN}`;

/** A generated room name: six capitalised German words. */
export const GENERATED_ROOM = /^(?:[A-Z][a-z]{2,7}){6}$/;

interface Options {
  /** Which town's build the project serves (playwright.config.ts). */
  tenantId: string;
}

interface Fixtures {
  /** That town's data, for what the page should show. */
  tenant: Tenant;
  standIn: StandIn;
  /** The town's phone dial-in services (numbers, PIN), for the builds that name them. */
  dialIn: DialInStandIn;
  /** Every request that left the browser for anywhere but our site and the town's servers. */
  thirdPartyRequests: string[];
  /** Content-Security-Policy violations and header errors the browser reported. */
  policyViolations: string[];
  /** Prerendered HTML the app's first render did not match (React throws it away and redraws). */
  hydrationErrors: string[];
  slowScripts: undefined;
}

export const test = base.extend<Fixtures & Options>({
  tenantId: ["bretten", { option: true }],
  tenant: async ({ tenantId }, use) => {
    const tenant = TENANTS[tenantId];
    if (!tenant) throw new Error(`unknown tenant ${tenantId}`);
    await use(tenant);
  },
  // Every page gets the stand-in, whether or not the test steers it.
  standIn: [
    async ({ context }, use) => {
      await use(await installJitsiStandIn(context, { domain: JITSI_DOMAIN }));
    },
    { auto: true },
  ],
  dialIn: [
    async ({ context }, use) => {
      await use(await installDialInStandIn(context));
    },
    { auto: true },
  ],
  thirdPartyRequests: [
    async ({ context, baseURL }, use) => {
      // The dial-in host stands for a service on the town's own server (.env.e2e).
      const allowed = new Set([
        new URL(baseURL ?? "http://127.0.0.1").origin,
        JITSI_ORIGIN,
        DIALIN_ORIGIN,
      ]);
      const seen: string[] = [];
      context.on("request", (request) => {
        const url = new URL(request.url());
        if (url.protocol === "data:" || url.protocol === "blob:") return;
        if (!allowed.has(url.origin)) seen.push(request.url());
      });
      await use(seen);
      // Privacy is checked in every test, not only in the privacy spec.
      expect(seen, "requests to third parties").toEqual([]);
    },
    { auto: true },
  ],
  policyViolations: [
    async ({ context }, use) => {
      const violations: string[] = [];
      await context.exposeBinding("__reportPolicyViolation", (_source, text: string) => {
        violations.push(text);
      });
      await context.addInitScript(() => {
        document.addEventListener("securitypolicyviolation", (event) => {
          const report = (window as unknown as { __reportPolicyViolation?: (t: string) => void })
            .__reportPolicyViolation;
          report?.(
            `${event.violatedDirective} blocked ${event.blockedURI || "inline"} on ${event.documentURI}`,
          );
        });
      });
      context.on("console", (message) => {
        const text = message.text();
        if (/Content Security Policy|Permissions-Policy|Refused to/i.test(text))
          violations.push(text);
      });
      await use(violations);
      // The strict policy is only worth something if the app never trips over it.
      expect(violations, "policy violations reported by the browser").toEqual([]);
    },
    { auto: true },
  ],
  // E2E_SCRIPT_DELAY_MS=1500 holds the app's scripts back like a slow line does: a test that passes
  // only because the app happened to be running when it clicked shows up as a failure.
  slowScripts: [
    async ({ context }, use) => {
      const delay = Number(process.env.E2E_SCRIPT_DELAY_MS ?? 0);
      if (delay > 0) {
        await context.route(/\/assets\/.*\.js$/, async (route) => {
          await new Promise((resolve) => setTimeout(resolve, delay));
          await route.fallback();
        });
      }
      await use(undefined);
    },
    { auto: true },
  ],
  hydrationErrors: [
    async ({ context }, use) => {
      // React's production messages name these by number: 418, 419, 421–425 are hydration errors.
      const hydration = /Minified React error #(418|419|421|422|423|425)\b|hydrat/i;
      const errors: string[] = [];
      context.on("weberror", (error) => {
        const text = error.error().message;
        if (hydration.test(text)) errors.push(text);
      });
      context.on("console", (message) => {
        if (message.type() === "error" && hydration.test(message.text()))
          errors.push(message.text());
      });
      await use(errors);
      // Every prerendered page must come to life as it was drawn, in every test.
      expect(errors, "hydration errors").toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };

/**
 * The app has taken over the prerendered page (React's handlers are on its markup). The start page
 * shows its buttons before that; tests that change the network first wait for it. A prerendered
 * page runs its app at the first sign of a person (scripts/pageStarter.mjs): a pointer that moves
 * over it, as a person's does, is that sign.
 */
export async function waitForHydration(page: Page) {
  await page.mouse.move(5, 5);
  await page.mouse.move(20, 30);
  await page.waitForFunction(headingIsHydrated);
}

/** Whether the app has taken the page over yet. */
export async function isHydrated(page: Page): Promise<boolean> {
  return page.evaluate(headingIsHydrated);
}

/** In the page: React's handlers are on its heading. */
function headingIsHydrated(): boolean {
  const heading = document.querySelector("h1");
  return !!heading && Object.keys(heading).some((key) => key.startsWith("__reactFiber"));
}

/** The Jitsi iframe, as the person sees it. */
export function meetingFrame(page: Page): FrameLocator {
  return page.frameLocator(`iframe[src^="${JITSI_ORIGIN}/"]`);
}

/** The iframe's URL, parsed the way the meeting page reads it. */
export async function meetingUrl(page: Page) {
  const src = await page.locator(`iframe[src^="${JITSI_ORIGIN}/"]`).getAttribute("src");
  if (!src) throw new Error("no meeting iframe");
  const url = new URL(src);
  const hash = new URLSearchParams(url.hash.slice(1));
  const config: Record<string, unknown> = {};
  for (const [key, value] of hash) {
    if (key.startsWith("config.")) config[key.slice("config.".length)] = JSON.parse(value);
  }
  return {
    url,
    room: decodeURIComponent(url.pathname.slice(1)),
    lang: url.searchParams.get("lang"),
    config,
  };
}

/**
 * "Konferenz starten" as the host uses it: the new room opens with the invitation panel over it;
 * Escape closes the panel and leaves the call, waiting behind it, as it was.
 */
export async function startConference(page: Page) {
  await page.getByRole("button", { name: "Konferenz starten" }).click();
  const invitation = page.getByRole("dialog", { name: "Personen einladen" });
  await expect(invitation).toBeVisible();
  await page.keyboard.press("Escape");
  await expect(invitation).toBeHidden();
}
