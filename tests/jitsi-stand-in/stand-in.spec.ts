/**
 * Self-test of the Jitsi STAND-IN (not Jitsi): a tiny host page on a fake origin loads the
 * stand-in external_api.js from the fake Jitsi origin and talks to the stand-in meeting page.
 */
import { expect, type Page, test } from "@playwright/test";
import { installJitsiStandIn, type StandIn, standInFrame } from "./index";

const HOST_ORIGIN = "https://host.test";
const DOMAIN = "jitsi.test";
const SCRIPT_URL = `https://${DOMAIN}/external_api.js`;

const PUBLIC_EVENTS = [
  "browserSupport",
  "cameraError",
  "displayNameChange",
  "errorOccurred",
  "micError",
  "passwordRequired",
  "prejoinScreenLoaded",
  "readyToClose",
  "ready",
  "subjectChange",
  "toolbarButtonClicked",
  "videoConferenceJoined",
  "videoConferenceLeft",
];

// What Jitsi's current external_api.js (13.2.0) sets on its iframe.
const ALLOW =
  "autoplay; camera; clipboard-write; compute-pressure; display-capture; fullscreen; hid; " +
  "microphone; screen-wake-lock; speaker-selection; window-management";

interface StandInApi {
  on(name: string, listener: (data: unknown) => void): unknown;
  executeCommand(name: string, ...args: unknown[]): void;
  isAudioMuted(): Promise<boolean>;
  getRoomsInfo(): Promise<{ rooms: unknown[] }>;
  getNumberOfParticipants(): number;
  getIFrame(): HTMLIFrameElement;
  dispose(): void;
}

interface HostWindow {
  JitsiMeetExternalAPI?: new (domain: string, options: object) => StandInApi;
  apis: StandInApi[];
  events: { api: number; name: string; data: unknown }[];
}

interface RecordedEvent {
  api: number;
  name: string;
  data: Record<string, unknown>;
}

const enc = (value: unknown) => encodeURIComponent(JSON.stringify(value));

async function openHost(page: Page): Promise<void> {
  await page.route(`${HOST_ORIGIN}/**`, (route) =>
    route.fulfill({
      status: 200,
      contentType: "text/html; charset=utf-8",
      body: `<!doctype html><html lang="de"><head><meta charset="utf-8"><title>Host</title>
<link rel="icon" href="data:,"></head>
<body><div id="meet" style="height: 480px"></div></body></html>`,
    }),
  );
  await page.goto(`${HOST_ORIGIN}/`);
}

/** Adds a <script> and resolves with "load" or "error". */
function loadScript(page: Page, src: string): Promise<string> {
  return page.evaluate(
    (url) =>
      new Promise<string>((resolve) => {
        const script = document.createElement("script");
        script.src = url;
        script.onload = () => resolve("load");
        script.onerror = () => resolve("error");
        document.head.appendChild(script);
      }),
    src,
  );
}

/** Constructs an API on the host page, records all events; returns its index. */
function createApi(page: Page, options: Record<string, unknown>): Promise<number> {
  return page.evaluate(
    ({ domain, options, events }) => {
      const w = window as unknown as HostWindow;
      w.apis = w.apis ?? [];
      w.events = w.events ?? [];
      const Api = w.JitsiMeetExternalAPI;
      if (!Api) throw new Error("JitsiMeetExternalAPI missing");
      const api = new Api(domain, { ...options, parentNode: document.getElementById("meet") });
      const index = w.apis.push(api) - 1;
      for (const name of events) {
        api.on(name, (data) => w.events.push({ api: index, name, data }));
      }
      return index;
    },
    { domain: DOMAIN, options, events: PUBLIC_EVENTS },
  );
}

function events(page: Page, api = 0): Promise<RecordedEvent[]> {
  return page.evaluate(
    (index) => ((window as unknown as HostWindow).events ?? []).filter((e) => e.api === index),
    api,
  ) as Promise<RecordedEvent[]>;
}

async function waitForEvent(page: Page, name: string, api = 0): Promise<RecordedEvent> {
  await expect.poll(async () => (await events(page, api)).map((e) => e.name)).toContain(name);
  const found = (await events(page, api)).filter((e) => e.name === name);
  return found[found.length - 1] as RecordedEvent;
}

async function setUp(page: Page): Promise<StandIn> {
  const standIn = await installJitsiStandIn(page.context(), { domain: DOMAIN });
  await openHost(page);
  expect(await loadScript(page, SCRIPT_URL)).toBe("load");
  return standIn;
}

test("iframe URL and attributes follow the real format", async ({ page }) => {
  const standIn = await setUp(page);
  const config = {
    prejoinConfig: { enabled: true },
    deeplinking: { disabled: true },
    customToolbarButtons: [{ id: "help", icon: "data:image/svg+xml,%3Csvg%2F%3E", text: "Hilfe" }],
    toolbarButtons: ["microphone", "camera", "hangup"],
  };
  const interfaceConfig = { DISABLE_JOIN_LEAVE_NOTIFICATIONS: true };
  await createApi(page, {
    roomName: "BrettenRathaus",
    lang: "de",
    configOverwrite: config,
    interfaceConfigOverwrite: interfaceConfig,
    userInfo: { displayName: "Anna Muster" },
  });

  const iframe = page.locator("#meet > iframe");
  await expect(iframe).toHaveCount(1);
  const src = await iframe.getAttribute("src");
  expect(src).toBe(
    "https://jitsi.test/BrettenRathaus?lang=de#jitsi_meet_external_api_id=0" +
      `&config.prejoinConfig=${enc(config.prejoinConfig)}` +
      `&config.deeplinking=${enc(config.deeplinking)}` +
      `&config.customToolbarButtons=${enc(config.customToolbarButtons)}` +
      `&config.toolbarButtons=${enc(config.toolbarButtons)}` +
      "&interfaceConfig.DISABLE_JOIN_LEAVE_NOTIFICATIONS=true" +
      "&userInfo.displayName=%22Anna%20Muster%22" +
      "&appData.localStorageContent=null",
  );

  // The hash decodes back to the objects that were passed in.
  const url = new URL(src as string);
  const decoded: Record<string, unknown> = {};
  for (const part of url.hash.slice(1).split("&")) {
    const [key, value] = part.split("=") as [string, string];
    decoded[key] = JSON.parse(decodeURIComponent(value));
  }
  expect(decoded).toEqual({
    jitsi_meet_external_api_id: 0,
    "config.prejoinConfig": config.prejoinConfig,
    "config.deeplinking": config.deeplinking,
    "config.customToolbarButtons": config.customToolbarButtons,
    "config.toolbarButtons": config.toolbarButtons,
    "interfaceConfig.DISABLE_JOIN_LEAVE_NOTIFICATIONS": true,
    "userInfo.displayName": "Anna Muster",
    "appData.localStorageContent": null,
  });

  await expect(iframe).toHaveAttribute("id", "jitsiConferenceFrame0");
  await expect(iframe).toHaveAttribute("name", "jitsiConferenceFrame0");
  await expect(iframe).toHaveAttribute("allow", ALLOW);
  await expect(iframe).toHaveAttribute("allowfullscreen", "true");
  const style = await iframe.evaluate((el: HTMLIFrameElement) => ({
    width: el.style.width,
    height: el.style.height,
    border: el.style.borderTopWidth,
  }));
  expect(style).toEqual({ width: "100%", height: "100%", border: "0px" });

  // The stand-in meeting page read the same URL.
  const frame = standInFrame(page, 0);
  await expect(frame.getByTestId("stand-in-room")).toHaveText("BrettenRathaus");
  await expect(frame.getByTestId("stand-in-lang")).toHaveText("de");
  await expect(frame.getByTestId("stand-in-display-name")).toHaveText("Anna Muster");
  const meeting = page.frame({ name: "jitsiConferenceFrame0" });
  expect(
    await meeting?.evaluate(
      () => (window as unknown as { __standIn: { config: unknown } }).__standIn.config,
    ),
  ).toEqual(config);

  // jwt goes into the query AND the hash (unencoded JSON string); release and defaultLanguage too.
  await createApi(page, {
    roomName: "zweiter-raum",
    jwt: "aaa.bbb.ccc",
    release: "release-1234",
    configOverwrite: { defaultLanguage: "fr" },
    // Like the real code, an undefined value is written as the text "undefined".
    userInfo: { displayName: "Gast", email: undefined },
  });
  const second = page.locator("#jitsiConferenceFrame1");
  expect(await second.getAttribute("src")).toBe(
    "https://jitsi.test/zweiter-raum?jwt=aaa.bbb.ccc&lang=fr&release=release-1234" +
      '#jitsi_meet_external_api_id=1&jwt="aaa.bbb.ccc"' +
      `&config.defaultLanguage=${enc("fr")}` +
      "&userInfo.displayName=%22Gast%22&userInfo.email=undefined" +
      "&appData.localStorageContent=null",
  );
  await expect(standInFrame(page, 1).getByTestId("stand-in-lang")).toHaveText("fr");
  const secondMeeting = page.frame({ name: "jitsiConferenceFrame1" });
  expect(
    await secondMeeting?.evaluate(
      () =>
        (window as unknown as { __standIn: { droppedConfigKeys: string[] } }).__standIn
          .droppedConfigKeys,
    ),
  ).toEqual(["config.defaultLanguage"]);

  expect(standIn.scriptRequests()).toEqual([SCRIPT_URL]);
  expect(standIn.meetingRequests().map((href) => new URL(href).pathname)).toEqual([
    "/BrettenRathaus",
    "/zweiter-raum",
  ]);
});

test("prejoin, custom toolbar button and Leave reach the host as events", async ({ page }) => {
  await setUp(page);
  await createApi(page, {
    roomName: "BrettenRathaus",
    configOverwrite: {
      prejoinConfig: { enabled: true },
      customToolbarButtons: [{ id: "help", icon: "data:,", text: "Hilfe" }],
    },
    userInfo: { displayName: "Anna Muster" },
  });
  const frame = standInFrame(page, 0);

  const prejoin = await waitForEvent(page, "prejoinScreenLoaded");
  expect(prejoin.data).toMatchObject({ id: "local", displayName: "Anna Muster" });
  await expect(frame.getByLabel("Your name")).toHaveValue("Anna Muster");
  expect((await events(page)).map((e) => e.name)).not.toContain("videoConferenceJoined");

  await frame.getByLabel("Your name").fill("Anna M.");
  await frame.getByRole("button", { name: "Join meeting" }).click();
  const joined = await waitForEvent(page, "videoConferenceJoined");
  expect(joined.data).toMatchObject({
    roomName: "brettenrathaus",
    displayName: "Anna M.",
    breakoutRoom: false,
  });
  expect(typeof joined.data.id).toBe("string");
  expect(
    await page.evaluate(() => (window as unknown as HostWindow).apis[0]?.getNumberOfParticipants()),
  ).toBe(1);
  // The host page now holds the mirrored meeting storage (privacy notice!).
  await expect
    .poll(() => page.evaluate(() => localStorage.getItem("jitsiLocalStorage")))
    .not.toBeNull();

  // Jitsi's default toolbar is long: at this width a custom button lands in the "⋯" menu.
  await frame.getByRole("button", { name: "More actions" }).click();
  await frame.getByRole("menuitem", { name: "Hilfe" }).click();
  const clicked = await waitForEvent(page, "toolbarButtonClicked");
  expect(clicked.data).toMatchObject({ key: "help" });

  await frame.getByRole("button", { name: "Leave" }).click();
  await waitForEvent(page, "readyToClose");
  const names = (await events(page)).map((e) => e.name);
  expect(names.indexOf("videoConferenceLeft")).toBeGreaterThan(-1);
  expect(names.indexOf("videoConferenceLeft")).toBeLessThan(names.indexOf("readyToClose"));
  await expect(frame.getByRole("heading", { name: "You have left the meeting" })).toBeVisible();
});

test("commands and requests: displayName, subject, isAudioMuted, hangup", async ({ page }) => {
  await setUp(page);
  await createApi(page, { roomName: "sprechstunde", userInfo: { displayName: "Anna" } });
  const frame = standInFrame(page, 0);

  // Without prejoin the stand-in joins at once.
  await waitForEvent(page, "videoConferenceJoined");
  expect((await events(page)).map((e) => e.name)).not.toContain("prejoinScreenLoaded");
  await expect(frame.getByTestId("stand-in-state")).toHaveText("in-call");

  await page.evaluate(() =>
    (window as unknown as HostWindow).apis[0]?.executeCommand("displayName", "Bernd"),
  );
  await expect(frame.getByTestId("stand-in-display-name")).toHaveText("Bernd");
  expect((await waitForEvent(page, "displayNameChange")).data).toMatchObject({
    displayname: "Bernd",
  });

  await page.evaluate(() =>
    (window as unknown as HostWindow).apis[0]?.executeCommand("subject", "Bürgersprechstunde"),
  );
  await expect(frame.getByTestId("stand-in-subject")).toHaveText("Bürgersprechstunde");

  expect(await page.evaluate(() => (window as unknown as HostWindow).apis[0]?.isAudioMuted())).toBe(
    false,
  );
  const rooms = await page.evaluate(() =>
    (window as unknown as HostWindow).apis[0]?.getRoomsInfo(),
  );
  expect(rooms?.rooms).toHaveLength(1);

  await page.evaluate(() => (window as unknown as HostWindow).apis[0]?.executeCommand("hangup"));
  await waitForEvent(page, "readyToClose");
  await expect(frame.getByTestId("stand-in-state")).toHaveText("left");
  const meeting = page.frame({ name: "jitsiConferenceFrame0" });
  const received = await meeting?.evaluate(() =>
    (window as unknown as { __standIn: { commands: { name: string }[] } }).__standIn.commands.map(
      (c) => c.name,
    ),
  );
  expect(received).toEqual(["display-name", "subject", "video-hangup"]);
});

test("errors are triggered from the meeting frame", async ({ page }) => {
  await setUp(page);
  await createApi(page, { roomName: "fehler" });
  const frame = standInFrame(page, 0);
  await waitForEvent(page, "videoConferenceJoined");

  await frame.getByRole("button", { name: "Simulate camera error" }).click();
  expect((await waitForEvent(page, "cameraError")).data).toMatchObject({
    type: "gum.permission_denied",
  });
  await frame.getByRole("button", { name: "Simulate microphone error" }).click();
  await waitForEvent(page, "micError");
  await frame.getByRole("button", { name: "Simulate password required" }).click();
  await waitForEvent(page, "passwordRequired");

  const meeting = page.frame({ name: "jitsiConferenceFrame0" });
  await meeting?.evaluate(() =>
    (
      window as unknown as { __standIn: { emit(name: string, payload: unknown): void } }
    ).__standIn.emit("errorOccurred", {
      error: { name: "conference.authenticationRequired", type: "CONFERENCE", isFatal: true },
    }),
  );
  const error = await waitForEvent(page, "errorOccurred");
  expect(error.data).toEqual({
    error: { name: "conference.authenticationRequired", type: "CONFERENCE", isFatal: true },
  });
});

test("only its own frame and scope are heard; dispose removes the iframe", async ({ page }) => {
  await setUp(page);
  await createApi(page, { roomName: "scope" });
  await waitForEvent(page, "videoConferenceJoined");

  const fake = (scope: string, name: string) =>
    JSON.stringify({
      postis: true,
      scope,
      method: "message",
      params: { type: "event", data: { name } },
    });

  // From the host window itself (right scope, wrong source) and from the frame (wrong scope).
  await page.evaluate(
    (text) => window.postMessage(text, "*"),
    fake("jitsi_meet_external_api_0", "video-ready-to-close"),
  );
  const meeting = page.frame({ name: "jitsiConferenceFrame0" });
  await meeting?.evaluate(
    (text) => window.parent.postMessage(text, "*"),
    fake("jitsi_meet_external_api_7", "video-ready-to-close"),
  );
  // A correct message from the frame is heard (so the two above were really ignored).
  await meeting?.evaluate(
    (text) => window.parent.postMessage(text, "*"),
    fake("jitsi_meet_external_api_0", "mic-error"),
  );
  await waitForEvent(page, "micError");
  expect((await events(page)).map((e) => e.name)).not.toContain("readyToClose");

  await page.evaluate(() => (window as unknown as HostWindow).apis[0]?.dispose());
  await expect(page.locator("iframe")).toHaveCount(0);
});

test("server modes: refused, 500, HTML error page, then a retry succeeds", async ({ page }) => {
  const standIn = await installJitsiStandIn(page.context(), { domain: DOMAIN, mode: "refused" });
  await openHost(page);
  const isLoaded = () =>
    page.evaluate(
      () => typeof (window as unknown as HostWindow).JitsiMeetExternalAPI === "function",
    );

  expect(await loadScript(page, SCRIPT_URL)).toBe("error");

  standIn.setMode("http-500");
  expect(await loadScript(page, `${SCRIPT_URL}?retry=1`)).toBe("error");

  standIn.setMode("html-error");
  const htmlResult = await loadScript(page, `${SCRIPT_URL}?retry=2`);
  expect(["load", "error"]).toContain(htmlResult);
  expect(await isLoaded()).toBe(false);

  standIn.setMode("up");
  expect(
    await loadScript(page, `https://${DOMAIN}/bretten/external_api.js?release=release-1`),
  ).toBe("load");
  expect(await isLoaded()).toBe(true);
  // Jitsi's real constructor, not a stand-in of it.
  expect(
    await page.evaluate(() =>
      (window as unknown as HostWindow).JitsiMeetExternalAPI?.toString().includes("_createIFrame"),
    ),
  ).toBe(true);
  expect(standIn.scriptRequests()).toEqual([
    SCRIPT_URL,
    `${SCRIPT_URL}?retry=1`,
    `${SCRIPT_URL}?retry=2`,
    `https://${DOMAIN}/bretten/external_api.js?release=release-1`,
  ]);
});

test("server mode slow delays the answer", async ({ page }) => {
  const standIn = await installJitsiStandIn(page.context(), {
    domain: DOMAIN,
    mode: "slow",
    slowMs: 1500,
  });
  await openHost(page);
  const started = Date.now();
  expect(await loadScript(page, SCRIPT_URL)).toBe("load");
  expect(Date.now() - started).toBeGreaterThanOrEqual(1400);
  expect(standIn.mode).toBe("slow");
});

test("on an emulated line the script waits a round trip and its gzipped size at the line's speed", async ({
  page,
}) => {
  // 20 KB/s: Jitsi's external_api.js (tens of KB gzipped) takes seconds, far more than the round trip.
  await installJitsiStandIn(page.context(), {
    domain: DOMAIN,
    line: { latencyMs: 300, downloadBytesPerSecond: 20_000 },
  });
  await openHost(page);
  const started = Date.now();
  expect(await loadScript(page, SCRIPT_URL)).toBe("load");
  expect(Date.now() - started).toBeGreaterThanOrEqual(1000);
});
