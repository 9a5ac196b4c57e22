/**
 * The call as Jitsi's own current code reads it (issue 12): the app loads Jitsi's real
 * external_api.js, and the stand-in meeting page applies Jitsi's own hash parser, config
 * whitelists, name handling and toolbar placement (tests/jitsi-stand-in/README.md). These tests
 * assert what a participant would get: the settings that survive, the name shown, the buttons
 * in the main bar. Tests that name an item of issue 12 failed on the app before that fix.
 */
import type { Frame, Page } from "@playwright/test";
import { expect, JITSI_ORIGIN, startConference, test } from "./fixtures";

const ROOM = "GrueneWieseAmSeeTreffenHeute";

interface Effective {
  rawConfig: Record<string, unknown>;
  rawInterfaceConfig: Record<string, unknown>;
  config: Record<string, unknown>;
  interfaceConfig: Record<string, unknown>;
  droppedConfigKeys: string[];
  displayName: string;
  toolbar: { width: number; main: string[]; overflow: string[]; hangup: boolean };
}

/** The stand-in's view of the call, once its page has read the URL. */
async function effective(page: Page): Promise<Effective> {
  let frame: Frame | null = null;
  await expect
    .poll(() => (frame = page.frame({ url: (u) => u.origin === JITSI_ORIGIN })))
    .toBeTruthy();
  const meeting = frame as unknown as Frame;
  await meeting.waitForFunction(() => "__standIn" in window);
  return meeting.evaluate(() => {
    const s = (window as unknown as { __standIn: Effective }).__standIn;
    return JSON.parse(
      JSON.stringify({
        rawConfig: s.rawConfig,
        rawInterfaceConfig: s.rawInterfaceConfig,
        config: s.config,
        interfaceConfig: s.interfaceConfig,
        droppedConfigKeys: s.droppedConfigKeys,
        displayName: s.displayName,
        toolbar: s.toolbar,
      }),
    );
  });
}

/** Leaf paths of what we sent ("deeplinking.disabled"); arrays count as one value. */
function leaves(value: unknown, prefix = ""): string[] {
  if (!value || typeof value !== "object" || Array.isArray(value)) return [prefix];
  return Object.entries(value).flatMap(([k, v]) => leaves(v, prefix ? `${prefix}.${k}` : k));
}

/** A guest's Direkt-Link; taps the confirmation when the page asks for one (issue 12 item 3). */
async function openGuestLink(page: Page, name: string) {
  await page.goto(`/${ROOM}#gast=${encodeURIComponent(name)}`);
  const confirm = page.getByRole("button", { name: /beitreten/i });
  const frame = page.locator(`iframe[src^="${JITSI_ORIGIN}/"]`);
  await expect(confirm.or(frame).first()).toBeVisible();
  if (await confirm.isVisible()) await confirm.click();
  await expect(frame).toBeVisible();
}

async function openAsHost(page: Page) {
  await page.goto("/");
  await startConference(page);
}

/** Keys our app must set (jitsiOptions.ts); each must reach Jitsi. */
const HOST_KEYS = [
  "config.deeplinking.disabled",
  "config.disableThirdPartyRequests",
  "config.gravatar.disabled",
  "config.analytics.disabled",
  "config.prejoinConfig.enabled",
  "config.disableInviteFunctions",
  "config.doNotStoreRoom",
  "config.toolbarButtons",
  "config.toolbarConfig.alwaysVisible",
  "config.customToolbarButtons",
  "interfaceConfig.TOOLBAR_ALWAYS_VISIBLE",
];
const GUEST_KEYS = [
  ...HOST_KEYS.filter((key) => key !== "config.customToolbarButtons"),
  "config.startWithAudioMuted",
  "config.startWithVideoMuted",
];

function sentKeys(seen: Effective): string[] {
  return [
    ...leaves(seen.rawConfig).map((key) => `config.${key}`),
    ...leaves(seen.rawInterfaceConfig).map((key) => `interfaceConfig.${key}`),
  ];
}

test.describe("settings, as Jitsi's whitelist lets them through", () => {
  for (const [who, open, keys] of [
    ["a host", openAsHost, HOST_KEYS],
    ["a guest", (page: Page) => openGuestLink(page, "Oma Erna"), GUEST_KEYS],
  ] as const) {
    test(`every key the app sets for ${who} survives`, async ({ page }, testInfo) => {
      await open(page);
      const seen = await effective(page);
      const sent = sentKeys(seen);
      expect(sent).toEqual(expect.arrayContaining(keys));
      // None is dropped: a dropped key is a setting the call silently does without.
      expect(seen.droppedConfigKeys).toEqual([]);
      expect(seen.config).toMatchObject(seen.rawConfig);
      expect(seen.interfaceConfig).toMatchObject(seen.rawInterfaceConfig);
      testInfo.annotations.push({
        type: "figure",
        description: `${who}: ${sent.length - seen.droppedConfigKeys.length} of ${sent.length} keys survive`,
      });
      console.log(`${testInfo.project.name}, ${who}: ${sent.length} keys sent, none dropped`);
    });
  }
});

test.describe("the name Jitsi shows for a guest link", () => {
  // The name comes by the displayName command once Jitsi's API is ready: wait for it to arrive.
  for (const name of ["Oma Erna", "Oma & Opa Müller", "O'Brien", "„Oma“", "“Mimi”"]) {
    test(`"${name}" arrives as typed`, async ({ page }) => {
      // issue 12 item 2: before the fix, Jitsi escapes "&" and "'" from the URL and
      // drops names with typographic quotes.
      await openGuestLink(page, name);
      await expect
        .poll(async () => (await effective(page)).displayName, { timeout: 10_000 })
        .toBe(name);
    });
  }

  test("the real script does not trip over the guest's link", async ({ page }) => {
    // issue 12 item 4: before the fix, external_api.js parses our page's #gast=... hash
    // on load, logs an error and calls window.onerror).
    const errors: string[] = [];
    page.on("console", (message) => {
      if (message.type() === "error") errors.push(message.text());
    });
    await openGuestLink(page, "Oma Erna");
    await effective(page);
    expect(errors.filter((text) => /parse URL parameter/i.test(text))).toEqual([]);
    expect(new URL(page.url()).hash).not.toContain("Erna");
  });
});

/**
 * The main bar for the frame's width, by Jitsi's own thresholds: a desktop, and a 390 px phone
 * (the phone project's Android browser at the width of most current phones).
 */
async function openOnDevice(page: Page, project: string, open: (page: Page) => Promise<void>) {
  if (project === "phone") await page.setViewportSize({ width: 390, height: 844 });
  await open(page);
  const seen = await effective(page);
  console.log(
    `${project} (${seen.toolbar.width} px): main bar ${seen.toolbar.main.join(", ")}` +
      `${seen.toolbar.hangup ? ", hangup" : ""}; "⋯" menu: ${seen.toolbar.overflow.join(", ") || "none"}`,
  );
  return seen.toolbar;
}

test.describe("the buttons in Jitsi's main bar", () => {
  test("a host has microphone, camera and hang-up at hand", async ({ page }, testInfo) => {
    const toolbar = await openOnDevice(page, testInfo.project.name, openAsHost);
    expect(toolbar.main.slice(0, 2)).toEqual(["microphone", "camera"]);
    expect(toolbar.hangup).toBe(true);
    // The stand-in shows the same split to a person looking at the frame.
    const frame = page.frameLocator(`iframe[src^="${JITSI_ORIGIN}/"]`);
    await expect(frame.getByTestId("stand-in-main-buttons")).toHaveText(toolbar.main.join(" "));
  });

  test("a guest has a short bar and nothing hidden behind ⋯", async ({ page }, testInfo) => {
    const toolbar = await openOnDevice(page, testInfo.project.name, (p) =>
      openGuestLink(p, "Oma Erna"),
    );
    expect(toolbar.main).toEqual(["microphone", "camera", "tileview"]);
    expect(toolbar.overflow).toEqual([]);
    expect(toolbar.hangup).toBe(true);
  });

  test("a host can protect the call: security and participants are in the toolbar", async ({
    page,
  }, testInfo) => {
    // issue 12 item 1: before the fix, no `security`, no `participants-pane` for hosts.
    const toolbar = await openOnDevice(page, testInfo.project.name, openAsHost);
    const reachable = [...toolbar.main, ...toolbar.overflow];
    expect(reachable).toEqual(expect.arrayContaining(["security", "participants-pane"]));
  });

  test("a guest gets no moderation buttons", async ({ page }, testInfo) => {
    const toolbar = await openOnDevice(page, testInfo.project.name, (p) =>
      openGuestLink(p, "Oma Erna"),
    );
    const reachable = [...toolbar.main, ...toolbar.overflow];
    expect(reachable).not.toContain("security");
    expect(reachable).not.toContain("participants-pane");
  });

  test("'Einladen' is in the host's main bar, not behind ⋯", async ({ page }, testInfo) => {
    // issue 12 item 6: before the fix, on a phone Jitsi puts it in the "⋯" menu.
    const toolbar = await openOnDevice(page, testInfo.project.name, openAsHost);
    expect(toolbar.main).toContain("einladen");
    const frame = page.frameLocator(`iframe[src^="${JITSI_ORIGIN}/"]`);
    await frame.getByRole("button", { name: "Join meeting" }).click();
    await expect(
      frame.getByRole("toolbar").getByRole("button", { name: "Einladen" }),
    ).toBeVisible();
  });
});
