import { describe, expect, it } from "vitest";
import { buildConfigOverwrite, MEETING_TOOLBAR } from "./jitsiOptions";

describe("buildConfigOverwrite", () => {
  const config = buildConfigOverwrite();

  it("keeps phones in the browser and makes no third-party requests", () => {
    expect(config).toMatchObject({
      deeplinking: { disabled: true },
      disableThirdPartyRequests: true,
      gravatar: { disabled: true },
      analytics: { disabled: true },
    });
  });

  it("shows the name and device check before entering", () => {
    expect(config.prejoinConfig).toEqual({ enabled: true });
    // Removed from Jitsi in 2025; setting it would suggest it still works.
    expect(config).not.toHaveProperty("prejoinPageEnabled");
  });

  it("offers a short toolbar that always has microphone, camera and hang-up", () => {
    expect(config.toolbarButtons).toEqual(
      expect.arrayContaining(["microphone", "camera", "hangup"]),
    );
    expect(MEETING_TOOLBAR.length).toBeLessThanOrEqual(10);
    expect(MEETING_TOOLBAR).not.toContain("invite");
  });
});
