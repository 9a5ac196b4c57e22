// @vitest-environment node
import { describe, expect, it } from "vitest";
import { checkConfig } from "./configChecks.ts";
import { HOSTILE_STUN_CONFIG } from "./fakeJitsiServers.ts";

const statusOf = (results: { check: string; status: string }[], check: string) =>
  results.find((r) => r.check === check)?.status;

describe("checkConfig", () => {
  const good = `var config = {
    disableThirdPartyRequests: true, gravatar: { disabled: true }, analytics: { disabled: true },
    p2p: { stunServers: [{ urls: 'stun:turn.bretten.example:3478' }] },
    prejoinConfig: { enabled: true }, lobby: { autoKnock: true },
    deeplinking: { disabled: true },
    localRecording: { disable: true, notifyAllParticipants: true },
  };`;

  it("passes a config that keeps the privacy promises", () => {
    const results = checkConfig(good);
    expect(results.map((r) => r.status)).toEqual(Array(results.length).fill("pass"));
    expect(results.find((r) => r.check === "STUN servers")?.detail).toBe(
      "own: turn.bretten.example",
    );
  });

  it("fails third-party STUN, trackers, Gravatar, prejoin off, hidden lobby and deep linking", () => {
    const results = checkConfig(`var config = {
      p2p: { stunServers: [{ urls: 'stun:meet-jit-si-turnrelay.jitsi.net:443' }, { urls: 'stun:stun.l.google.com:19302' }] },
      analytics: { googleAnalyticsTrackingId: 'UA-1' }, prejoinConfig: { enabled: false },
      hideLobbyButton: true, disableDeepLinking: true, deeplinking: { disabled: false },
      recordingService: { enabled: true },
    };`);
    for (const check of [
      "STUN servers",
      "third-party requests",
      "analytics",
      "Gravatar",
      "prejoin page",
      "lobby",
      "deep linking",
      "recording",
    ]) {
      expect(statusOf(results, check), check).toBe("fail");
    }
    expect(results.find((r) => r.check === "STUN servers")?.detail).toMatch(
      /jitsi\.net \(8x8\/Jitsi\).*google\.com \(Google\)/,
    );
  });

  it("sees STUN servers docker-jitsi-meet builds from P2P_STUN_SERVERS", () => {
    const docker = `${good}\nconfig.p2p.stunServers = 'meet-jit-si-turnrelay.jitsi.net:443'.split(',').map(function (url) { return { urls: 'stun:' + url }; });`;
    expect(statusOf(checkConfig(docker), "STUN servers")).toBe("fail");
  });

  it("reads a 200 KB STUN entry of question marks in linear time", () => {
    // /\?.*$/ took 33 s on this; vitest's 5 s limit fails the old code.
    const results = checkConfig(HOSTILE_STUN_CONFIG);
    expect(results.find((r) => r.check === "STUN servers")?.detail).toBe(
      "own: turn.bretten.example",
    );
  });

  it("makes the lobby available only when a moderator can reach it", () => {
    const lobby = (extra: string) => {
      const result = checkConfig(good.replace("};", `${extra} };`)).find(
        (r) => r.check === "lobby",
      );
      return `${result?.status}: ${result?.detail}`;
    };
    expect(lobby("")).toMatch(/^pass: moderators reach it through `security`/);
    expect(lobby("toolbarButtons: ['microphone', 'security', 'hangup'],")).toMatch(/^pass/);
    expect(lobby("toolbarButtons: ['microphone', 'hangup'],")).toMatch(
      /^fail: toolbarButtons has no `security`/,
    );
    expect(lobby("securityUi: { hideLobbyButton: true },")).toMatch(/^fail: the lobby button/);
    expect(lobby("toolbarButtons: BUTTONS.filter(Boolean),")).toMatch(/^warn/);
  });

  it("wants local recording off and announced, since the meeting address can switch it on", () => {
    const local = (setting: string) =>
      statusOf(checkConfig(`${good}\nconfig.localRecording = ${setting};`), "local recording");
    expect(local("{ disable: true, notifyAllParticipants: true }")).toBe("pass");
    expect(local("{ disable: true }")).toBe("fail");
    expect(local("{ notifyAllParticipants: true }")).toBe("fail");
    expect(local("{ disable: 'true', notifyAllParticipants: true }")).toBe("fail");
  });

  it("warns when STUN or the lobby are not configured, and fails an empty file", () => {
    const results = checkConfig("var config = { disableThirdPartyRequests: true };");
    expect(statusOf(results, "STUN servers")).toBe("warn");
    expect(statusOf(results, "lobby")).toBe("warn");
    expect(checkConfig("// nothing")).toEqual([
      { status: "fail", check: "config.js settings", detail: "no `config` settings found" },
    ]);
  });
});
