import { describe, expect, it } from "vitest";
import { t } from "../../test/testTranslate";
import { buildInviteText, buildMailtoUrl, buildSmsUrl, buildWhatsAppUrl } from "./inviteText";

const LINK = "https://meet.bretten.de/ApfelWolkeGeigeTurmKatzeBrot#gast=Oma%20Erna";
const base = { t, appName: "Peter ruft Paul", town: "Bretten", link: LINK };

/** Splits `scheme:?a=1&b=2` the way a mail or SMS app does, decoding each value. */
function paramsOf(url: string, separator = "?"): Record<string, string> {
  const query = url.slice(url.indexOf(separator) + 1);
  return Object.fromEntries(
    query
      .split("&")
      .filter(Boolean)
      .map((pair) => {
        const [key = "", value = ""] = pair.split("=");
        return [key, decodeURIComponent(value)];
      }),
  );
}

describe("buildInviteText", () => {
  it("greets the guest by name and tells her everything she needs", () => {
    const text = buildInviteText({ ...base, guestName: "Oma Erna" });
    expect(text).toBe(
      [
        "Hallo Oma Erna!",
        "",
        "Wir sehen uns per Video! Das geht ganz einfach mit Peter ruft Paul, der kostenlosen Videokonferenz der Stadt Bretten.",
        "Einfach auf diesen Link tippen:",
        "",
        LINK,
        "",
        "Keine App und keine Anmeldung nötig.",
        "Danach fragt das Handy oder der Computer, ob Kamera und Mikrofon benutzt werden dürfen. Bitte auf „Erlauben“ tippen.",
        "",
        "Bis bald!",
      ].join("\n"),
    );
  });

  it("greets everyone when there is no (or only a blank) name", () => {
    for (const guestName of [undefined, "", "   "]) {
      const text = buildInviteText({ ...base, guestName });
      expect(text.split("\n")[0]).toBe("Hallo!");
    }
  });

  it("adds the phone way in as its own paragraph when the town offers dial-in", () => {
    const text = buildInviteText({ ...base, dialIn: { number: "07252 9999-0", pin: "12345678" } });
    expect(text.split("\n").slice(-4)).toEqual([
      "",
      "Ohne Internet? Rufen Sie an: 07252 9999-0, dann die PIN 1234 5678 #",
      "",
      "Bis bald!",
    ]);
    expect(buildInviteText({ ...base, dialIn: null })).toBe(buildInviteText(base));
  });

  it("puts the link alone on its own line", () => {
    const lines = buildInviteText(base).split("\n");
    expect(lines).toContain(LINK);
    expect(lines.filter((line) => line.includes("https://"))).toEqual([LINK]);
  });

  it("takes every word from t(), so another language replaces them all", () => {
    const keysOnly = (key: string) => `[${key}]`;
    const text = buildInviteText({ ...base, t: keysOnly });
    expect(
      text
        .replace(LINK, "")
        .replace(/\[text\.\w+\]/g, "")
        .trim(),
    ).toBe("");
  });
});

describe("share URLs carry the exact text", () => {
  const body = `${buildInviteText({ ...base, guestName: "Jürgen 👴🏼 & Co" })}\n+ 100% #sicher? a=b`;

  it("mailto: uses %0D%0A line breaks and %20 spaces (RFC 6068)", () => {
    const url = buildMailtoUrl("Einladung zum Videogespräch", body);
    expect(url.startsWith("mailto:?subject=")).toBe(true);
    expect(url).toContain("%0D%0A");
    expect(url).not.toMatch(/%0A(?<!%0D%0A)/);
    expect(url).not.toMatch(/[ +\n]/);
    const params = paramsOf(url);
    expect(params.subject).toBe("Einladung zum Videogespräch");
    expect(params.body).toBe(body.replace(/\n/g, "\r\n"));
  });

  it("mailto: does not double CRLF that is already there", () => {
    expect(paramsOf(buildMailtoUrl("s", "a\r\nb\rc\nd")).body).toBe("a\r\nb\r\nc\r\nd");
  });

  it("sms: uses the ?&body= form and keeps line breaks", () => {
    const url = buildSmsUrl(body);
    expect(url.startsWith("sms:?&body=")).toBe(true);
    expect(url).toContain("%0A");
    expect(paramsOf(url).body).toBe(body);
    expect(paramsOf(url, "&").body).toBe(body); // how iOS reads it
  });

  it("WhatsApp: wa.me with the text as the only parameter", () => {
    const url = new URL(buildWhatsAppUrl(body));
    expect(url.origin).toBe("https://wa.me");
    expect(url.pathname).toBe("/");
    expect([...url.searchParams.keys()]).toEqual(["text"]);
    expect(url.searchParams.get("text")).toBe(body);
  });
});
