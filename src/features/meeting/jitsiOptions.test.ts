import { describe, expect, it } from "vitest";
import {
  buildConfigOverwrite,
  GUEST_TOOLBAR,
  INVITE_BUTTON_ID,
  INVITE_ICON,
  MAIN_TOOLBAR_BUTTONS,
  MEETING_TOOLBAR,
} from "./jitsiOptions";

const PRIVACY = {
  deeplinking: { disabled: true },
  disableThirdPartyRequests: true,
  gravatar: { disabled: true },
  analytics: { disabled: true },
  disableInviteFunctions: true,
  doNotStoreRoom: true,
};

describe("buildConfigOverwrite for the normal link", () => {
  const config = buildConfigOverwrite({ inviteButtonText: "Einladen" });

  it("keeps phones in the browser and makes no third-party requests", () => {
    expect(config).toMatchObject(PRIVACY);
  });

  it("shows the name and device check before entering, and leaves the devices to it", () => {
    expect(config.prejoinConfig).toEqual({ enabled: true });
    // Removed from Jitsi in 2025; setting it would suggest it still works.
    expect(config).not.toHaveProperty("prejoinPageEnabled");
    expect(config).not.toHaveProperty("startWithAudioMuted");
    expect(config).not.toHaveProperty("startWithVideoMuted");
  });

  it("offers the everyday toolbar, always visible, plus our own invite button", () => {
    expect(config.toolbarButtons).toEqual([...MEETING_TOOLBAR, INVITE_BUTTON_ID]);
    expect(MEETING_TOOLBAR).toEqual(expect.arrayContaining(["microphone", "camera", "hangup"]));
    expect(MEETING_TOOLBAR.length).toBeLessThanOrEqual(12);
    // The help page tells a family how to switch on the lobby with it; no button twice.
    expect(new Set(MEETING_TOOLBAR).size).toBe(MEETING_TOOLBAR.length);
    expect(MEETING_TOOLBAR).toContain("security");
    // Jitsi's own invite button would hand out the Jitsi server's link.
    expect(config.toolbarButtons).not.toContain("invite");
    expect(config.toolbarConfig).toEqual({ alwaysVisible: true });
  });

  it("lets the host protect the call: lobby and password, admit, mute and remove", () => {
    expect(config.toolbarButtons).toEqual(
      expect.arrayContaining(["security", "participants-pane"]),
    );
  });

  it("pins 'Einladen' to the main bar at every width Jitsi knows, beside microphone and camera", () => {
    // Jitsi's web thresholds hold 2, 3, 4, … 8 buttons (9 and 10 only when given); a list
    // replaces the one of its length (toolbox/constants.ts, actions.any.ts).
    expect(config.mainToolbarButtons).toEqual(MAIN_TOOLBAR_BUTTONS);
    const lengths = MAIN_TOOLBAR_BUTTONS.map((keys) => keys.length);
    expect(lengths).toEqual([3, 4, 5, 6, 7, 8, 9]);
    for (const keys of MAIN_TOOLBAR_BUTTONS) {
      expect(keys.slice(0, 3)).toEqual(["microphone", "camera", INVITE_BUTTON_ID]);
      expect(new Set(keys).size).toBe(keys.length);
      // Only buttons the toolbar has; hang-up is always drawn beside the list.
      for (const key of keys) expect(config.toolbarButtons).toContain(key);
    }
  });

  it("describes the invite button with a local icon and the given text", () => {
    expect(config.customToolbarButtons).toEqual([
      { id: INVITE_BUTTON_ID, icon: INVITE_ICON, text: "Einladen" },
    ]);
    expect(INVITE_ICON).toMatch(/^data:image\/svg\+xml,/);
    const svg = decodeURIComponent(INVITE_ICON.slice(INVITE_ICON.indexOf(",") + 1));
    const doc = new DOMParser().parseFromString(svg, "image/svg+xml");
    expect(doc.getElementsByTagName("parsererror")).toHaveLength(0);
    // Nothing to fetch: the namespace is a name, not a request.
    expect(svg.replace('xmlns="http://www.w3.org/2000/svg"', "")).not.toMatch(/https?:|href|url\(/);
  });

  it("has no invite button when no text is given", () => {
    const plain = buildConfigOverwrite();
    expect(plain.toolbarButtons).toEqual([...MEETING_TOOLBAR]);
    expect(plain).not.toHaveProperty("customToolbarButtons");
    expect(plain).not.toHaveProperty("mainToolbarButtons");
  });
});

describe("buildConfigOverwrite for a guest's Direkt-Link", () => {
  const config = buildConfigOverwrite({ guestName: "Oma Erna", inviteButtonText: "Einladen" });

  it("keeps the same privacy settings", () => {
    expect(config).toMatchObject(PRIVACY);
  });

  it("goes straight in, with camera and microphone on", () => {
    expect(config.prejoinConfig).toEqual({ enabled: false });
    expect(config.startWithAudioMuted).toBe(false);
    expect(config.startWithVideoMuted).toBe(false);
  });

  it("shows a few large buttons that never hide, and no invite button", () => {
    expect(config.toolbarButtons).toEqual([...GUEST_TOOLBAR]);
    expect(GUEST_TOOLBAR.slice(0, 3)).toEqual(["microphone", "camera", "hangup"]);
    expect(GUEST_TOOLBAR.length).toBeLessThanOrEqual(5);
    expect(config.toolbarConfig).toEqual({ alwaysVisible: true });
    expect(config).not.toHaveProperty("customToolbarButtons");
    expect(config).not.toHaveProperty("mainToolbarButtons");
    expect(config.toolbarButtons).not.toContain("security");
    expect(config.toolbarButtons).not.toContain("participants-pane");
  });

  it("lets her change the preset name", () => {
    expect(config).not.toHaveProperty("readOnlyName");
  });
});
