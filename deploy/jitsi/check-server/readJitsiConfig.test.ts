// @vitest-environment node
import { describe, expect, it } from "vitest";
import { checkConfig } from "./configChecks.ts";
import { HOSTILE_PROTO_CONFIG } from "./fakeJitsiServers.ts";
import { Expression, getSetting, readJitsiConfig } from "./readJitsiConfig.ts";

const statusOf = (results: { check: string; status: string }[], check: string) =>
  results.find((r) => r.check === check)?.status;

describe("readJitsiConfig", () => {
  it("reads object literals and later assignments, which win", () => {
    const { config } = readJitsiConfig(`
      var subdir = '<!--# echo var="subdir" default="" -->'; // a comment with 'quotes'
      var config = {
        hosts: { domain: 'meet.jitsi', muc: 'conference.' + subdomain + 'meet.jitsi' },
        /* p2p: { enabled: false }, */
        p2p: { enabled: true, stunServers: [ { urls: "stun:a.example:3478" }, ], },
        startAudioMuted: -1,
      };
      config.p2p.enabled = false
      config['gravatar'] = { disabled: true };
    `);
    expect(config.p2p).toEqual({ enabled: false, stunServers: [{ urls: "stun:a.example:3478" }] });
    expect(config.gravatar).toEqual({ disabled: true });
    expect(config.startAudioMuted).toBe(-1);
    expect((config.hosts as { muc: unknown }).muc).toBeInstanceOf(Expression);
  });

  it("keeps the strings of values it cannot evaluate", () => {
    const { config } = readJitsiConfig(
      "config.p2p = {};\nconfig.p2p.stunServers = 'x.example:3478'.split(',').map(function (u) { return { urls: 'stun:' + u }; });\nconfig.z = 1;",
    );
    const stun = (config.p2p as { stunServers: Expression }).stunServers;
    expect(stun.strings).toEqual(["x.example:3478", ",", "stun:"]);
    expect(config.z).toBe(1);
  });
});

describe("readJitsiConfig against prototype pollution", () => {
  const proto = Object.prototype as Record<string, unknown>;
  const clean = () => {
    for (const key of ["polluted", "disableThirdPartyRequests"]) delete proto[key];
  };

  it("refuses __proto__, constructor and prototype and leaves Object.prototype alone", () => {
    try {
      const { config, refused } = readJitsiConfig(`${HOSTILE_PROTO_CONFIG}
        config.constructor.prototype.polluted = 'yes';
        config.x = { __proto__: { disable: true } };`);
      expect(proto.polluted).toBeUndefined();
      expect(proto.disableThirdPartyRequests).toBeUndefined();
      expect(refused).toEqual([
        "config.__proto__.disableThirdPartyRequests",
        "config.__proto__.polluted",
        "config.constructor.prototype.polluted",
        "{ __proto__: … }",
      ]);
      expect(Object.getPrototypeOf(config)).toBeNull();
      expect(config.x).toBeInstanceOf(Expression);
      // The report names the refusal; a later, clean server is judged on its own settings.
      expect(checkConfig(HOSTILE_PROTO_CONFIG)[0]).toMatchObject({
        status: "fail",
        check: "config.js settings",
      });
      expect(statusOf(checkConfig("var config = { hosts: {} };"), "third-party requests")).toBe(
        "fail",
      );
    } finally {
      clean();
    }
  });

  it("reads only own settings, never inherited ones", () => {
    const { config } = readJitsiConfig("var config = { hosts: {} };");
    expect(getSetting(config, "toString")).toBeUndefined();
    expect(getSetting({ hosts: {} }, "hosts.constructor")).toBeUndefined();
    expect(readJitsiConfig("config.a = constructor;").config.a).toBeInstanceOf(Expression);
  });
});

describe("readJitsiConfig reads without running", () => {
  it("reads templates without placeholders, assignments in blocks, and runs nothing", () => {
    const ran = globalThis as { ranByConfig?: boolean };
    const { config } = readJitsiConfig(`
      var config = { a: \`plain\`, b: \`stun:\${host}:3478\`, c: 0x10, 'd': [1, 'two', null] };
      if (location.hostname) { config.e = { f: -2.5 }; }
      config.g = (() => { globalThis.ranByConfig = true; return 1; })();
    `);
    expect(config.a).toBe("plain");
    expect((config.b as Expression).strings).toEqual(["stun:", ":3478"]);
    expect(config.c).toBe(16);
    expect(config.d).toEqual([1, "two", null]);
    expect(config.e).toEqual({ f: -2.5 });
    expect(config.g).toBeInstanceOf(Expression);
    expect(ran.ranByConfig).toBeUndefined();
  });

  it("fails a file that is not JavaScript, without reading half of it", () => {
    expect(readJitsiConfig("var config = { a: 1,, };").unreadable).toMatch(
      /^not valid JavaScript: Unexpected token \(1:20\)/,
    );
    expect(checkConfig("config.p2p = {;")).toEqual([
      {
        status: "fail",
        check: "config.js settings",
        detail: expect.stringMatching(/^cannot read it: not valid JavaScript: /),
      },
    ]);
  });

  // The hand-written reader recursed once per bracket: 3,000 of them overflowed its stack.
  it.each([
    ["3,000 nested lists", `var config = { p2p: ${"[".repeat(3000)}${"]".repeat(3000)} };`],
    ["100 nested objects", `config.a = ${"{ a: ".repeat(100)}1${" }".repeat(100)};`],
    ["a path of 100 keys", `config${".a".repeat(100)} = 1;`],
    ["50,000 nested calls", `config.a = ${"f(".repeat(50_000)}${")".repeat(50_000)};`],
  ])("reports %s as one failed row instead of crashing", (_, text) => {
    const results = checkConfig(text);
    expect(results).toHaveLength(1);
    expect(results[0]).toMatchObject({ status: "fail", check: "config.js settings" });
    expect(results[0]?.detail).toMatch(
      /^cannot read it: nested (deeper than 64 levels|too deeply)/,
    );
  });
});
