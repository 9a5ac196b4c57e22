// @vitest-environment node
import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { runInNewContext } from "node:vm";
import { describe, expect, it } from "vitest";
import { parseNumbers } from "../../src/features/invite/dialIn";
import { checkConfig } from "./check-server/configChecks.ts";

const HERE = __dirname;
const read = (name: string) => readFileSync(join(HERE, name), "utf8");
const compose = read("docker-compose.yml");
const env = Object.fromEntries(
  read(".env.example")
    .split("\n")
    .filter((line) => /^[A-Z0-9_]+=/.test(line))
    .map((line) => [line.slice(0, line.indexOf("=")), line.slice(line.indexOf("=") + 1)]),
);
const frontendOrigin = env.FRONTEND_ORIGIN ?? "";

/** What docker-jitsi-meet generates before appending custom-config.js, with its risky defaults. */
function generatedConfig() {
  return {
    hosts: { domain: "meet.jitsi" },
    p2p: { enabled: true, stunServers: [{ urls: "stun:meet-jit-si-turnrelay.jitsi.net:443" }] },
    analytics: { scriptURLs: ["https://tracker.invalid/a.js"], rtcstatsEnabled: true },
    prejoinConfig: { enabled: false },
    welcomePage: { disabled: false },
    enableClosePage: true,
  };
}

describe("docker-compose.yml", () => {
  // Phone dial-in's services sit behind the profile "dialin": the file must be valid both ways.
  it.each([
    ["without", []],
    ["with", ["--profile", "dialin"]],
  ])(
    "is valid for Debian's docker-compose with .env.example and no secrets, %s dial-in",
    (_, profile) => {
      const result = spawnSync(
        "docker-compose",
        [
          "--env-file",
          join(HERE, ".env.example"),
          "-f",
          join(HERE, "docker-compose.yml"),
          ...profile,
          "config",
          "-q",
        ],
        { env: { ...process.env, JITSI_ENV_FILE: ".env.example" }, encoding: "utf8" },
      );
      if (result.error) {
        throw new Error(
          `docker-compose could not be run (${result.error.message}). Install it: apt-get install docker-compose (CI's .ci/run does).`,
        );
      }
      expect(result.status, result.stderr).toBe(0);
      // Every variable the file uses has a value in .env.example.
      expect(result.stderr).not.toMatch(/variable is not set/);
    },
    // Two runs of docker-compose (Python) on a loaded machine.
    30_000,
  );

  it("starts the SIP gateway and the conference mapper only with the profile dialin", () => {
    for (const service of ["jigasi", "conferencemapper"]) {
      const block = new RegExp(
        `\\n  ${service}:\\n(?:    .*\\n|\\n)*?    profiles: \\[dialin\\]\\n`,
      );
      expect(compose, service).toMatch(block);
    }
    expect(compose.match(/profiles:/g)).toHaveLength(2);
  });

  it("pins one docker-jitsi-meet release for every Jitsi image", () => {
    const images = [...compose.matchAll(/image: (ghcr\.io\/jitsi\/[a-z]+):(\S+)/g)];
    expect(images.map((m) => m[1])).toEqual(
      ["web", "prosody", "jicofo", "jvb", "jigasi"].map((s) => `ghcr.io/jitsi/${s}`),
    );
    expect(new Set(images.map((m) => m[2]))).toEqual(new Set(["stable-11146-2"]));
  });

  it("mounts the custom config, the nginx snippet and the branding where the web image reads them", () => {
    for (const mount of [
      "./custom-config.js:/config/custom-config.js:ro",
      "./custom-interface_config.js:/config/custom-interface_config.js:ro",
      "./web-security.conf:/config/nginx/custom-meet.conf:ro",
      "./branding.json:/usr/share/jitsi-meet/static/branding.json:ro",
      "./dialin.json:/usr/share/jitsi-meet/static/dialin.json:ro",
    ]) {
      expect(compose).toContain(`- ${mount}`);
    }
  });
});

describe(".env.example", () => {
  it("leaves every secret empty and keeps the town's privacy choices", () => {
    for (const secret of [
      "JICOFO_AUTH_PASSWORD",
      "JVB_AUTH_PASSWORD",
      "TURN_CREDENTIALS",
      "JIGASI_XMPP_PASSWORD",
      "JIGASI_SIP_PASSWORD",
      // Dial-in is off until the town enters its SIP trunk.
      "JIGASI_SIP_URI",
      "DIALIN_NUMBERS_URL",
      "CONFCODE_URL",
    ]) {
      expect(env[secret], secret).toBe("");
    }
    expect(env).toMatchObject({
      TZ: "Europe/Berlin",
      ENABLE_AUTH: "0",
      ENABLE_LOBBY: "1",
      ENABLE_PREJOIN_PAGE: "1",
      DISABLE_DEEP_LINKING: "true",
      DEFAULT_LANGUAGE: "de",
      ENABLE_RECORDING: "0",
    });
    for (const name of ["JVB_STUN_SERVERS", "P2P_STUN_SERVERS"]) {
      expect(env[name], name).toMatch(/^turn\.peter-ruft-paul\.example:\d+$/);
    }
    for (const tracker of [
      "AMPLITUDE_ID",
      "GOOGLE_ANALYTICS_ID",
      "MATOMO_ENDPOINT",
      "ANALYTICS_SCRIPT_URLS",
    ]) {
      expect(env[tracker], tracker).toBeUndefined();
    }
  });
});

describe("settings upstream no longer reads", () => {
  // docker-jitsi-meet stable-11146-2 reads neither: a line setting them only misleads the reader.
  it("are not set in .env.example or custom-interface_config.js", () => {
    expect(env.JICOFO_AUTH_USER).toBeUndefined();
    expect(read("custom-interface_config.js")).not.toContain("SHOW_WATERMARK_FOR_GUESTS");
  });
});

describe("custom-config.js", () => {
  const source = read("custom-config.js");

  it("names no third-party host", () => {
    expect(source).not.toMatch(/meet-jit-si-turnrelay|jitsi\.net|8x8|google|gravatar\.com/i);
  });

  it("overrides the generated defaults with the privacy settings", () => {
    const config = generatedConfig() as Record<string, unknown>;
    runInNewContext(source, { config });
    expect(config).toMatchObject({
      disableThirdPartyRequests: true,
      gravatar: { disabled: true },
      analytics: { disabled: true, rtcstatsEnabled: false },
      p2p: { enabled: true, stunServers: [{ urls: "stun:turn.peter-ruft-paul.example:3478" }] },
      deeplinking: { disabled: true },
      prejoinConfig: { enabled: true },
      welcomePage: { disabled: true },
      enableClosePage: false,
      recordingService: { enabled: false },
      liveStreaming: { enabled: false },
      transcription: { enabled: false },
      localRecording: { disable: true, notifyAllParticipants: true },
      dynamicBrandingUrl: "/static/branding.json",
    });
    expect((config.analytics as Record<string, unknown>).scriptURLs).toBeUndefined();
  });

  it("passes every config check of check:server once appended to docker's generated config", () => {
    const generated = "var config = {};\nconfig.p2p = { enabled: true };\nconfig.analytics = {};\n";
    const results = checkConfig(`${generated}${source}`);
    expect(results.filter((r) => r.status !== "pass")).toEqual([]);
  });
});

describe("custom-interface_config.js", () => {
  it("names the app and hides Jitsi's watermark and app promotion", () => {
    const interfaceConfig: Record<string, unknown> = {
      APP_NAME: "Jitsi Meet",
      SHOW_JITSI_WATERMARK: true,
      MOBILE_APP_PROMO: true,
    };
    runInNewContext(read("custom-interface_config.js"), { interfaceConfig });
    expect(interfaceConfig).toMatchObject({
      APP_NAME: "Peter ruft Paul",
      SHOW_JITSI_WATERMARK: false,
      MOBILE_APP_PROMO: false,
    });
  });
});

describe("branding.json and web-security.conf", () => {
  it("brand the meeting for Bretten and link back to the front end's origin", () => {
    const branding = JSON.parse(read("branding.json")) as Record<string, string>;
    expect(branding).toMatchObject({
      backgroundColor: "#a3161f",
      logoImageUrl: `${frontendOrigin}/logo.svg`,
      logoClickUrl: `${frontendOrigin}/`,
      inviteDomain: new URL(frontendOrigin).host,
    });
    for (const key of ["premeetingBackground", "supportUrl"])
      expect(branding[key], key).toBeTruthy();
    expect(new URL(branding.supportUrl ?? "").origin).toBe(frontendOrigin);
  });

  it("allows framing by the front end's origin only", () => {
    const policy = /add_header Content-Security-Policy "([^"]+)" always;/.exec(
      read("web-security.conf"),
    )?.[1];
    expect(policy).toBe(`frame-ancestors 'self' ${frontendOrigin}`);
  });
});

describe("phone dial-in (profile dialin)", () => {
  const conf = read("web-security.conf");
  const location = (path: string) =>
    new RegExp(`location = ${path} \\{([\\s\\S]*?)\\n\\}`).exec(conf)?.[1] ?? "";

  it("serves a numbers list in jitsi-meet's format, empty until the town enters its number", () => {
    const numbers = JSON.parse(read("dialin.json")) as unknown;
    expect(Array.isArray(numbers)).toBe(true);
    expect(parseNumbers(numbers)).toBeNull();
    expect(location("/static/dialin.json")).toContain(
      `add_header Access-Control-Allow-Origin "${frontendOrigin}" always;`,
    );
  });

  it("passes only ?conference= to the mapper, never the reverse lookup ?id=<PIN>", () => {
    const mapper = location("/conferenceMapper");
    expect(mapper).toContain("proxy_pass $mapper/conferenceMapper?conference=$arg_conference;");
    expect(mapper).not.toMatch(/\$args|\$is_args|\$query_string|\$request_uri|arg_id/);
    expect(mapper).toContain(`add_header Access-Control-Allow-Origin "${frontendOrigin}" always;`);
  });
});
