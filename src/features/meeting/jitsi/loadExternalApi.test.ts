import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { ExternalApiLoadError, externalApiUrl, loadExternalApi } from "./loadExternalApi";

// The SDK types the global strictly; these tests put stand-ins there.
const win = window as unknown as { JitsiMeetExternalAPI?: unknown };

function injectedScripts(): HTMLScriptElement[] {
  return [...document.head.querySelectorAll("script")];
}

/** jsdom fetches no scripts: the tests play the browser's part by firing load/error. */
function lastScript(): HTMLScriptElement {
  const script = injectedScripts().at(-1);
  if (!script) throw new Error("no script was injected");
  return script;
}

describe("loadExternalApi", () => {
  beforeEach(() => {
    delete win.JitsiMeetExternalAPI;
    document.head.innerHTML = "";
  });
  afterEach(() => vi.useRealTimers());

  it("loads https://<domain>/external_api.js and resolves once the API class exists", async () => {
    const loading = loadExternalApi("meet.bretten.de");
    expect(lastScript().src).toBe("https://meet.bretten.de/external_api.js");
    win.JitsiMeetExternalAPI = class {};
    lastScript().dispatchEvent(new Event("load"));
    await expect(loading).resolves.toBeUndefined();
  });

  it("takes #parameters out of the address first: the script parses the address when it runs", () => {
    window.history.replaceState(null, "", "/ApfelWolkeGeigeTurmKatzeBrot#gast=Oma%20Erna");
    void loadExternalApi("meet.bretten.de").catch(() => {});
    expect(window.location.hash).toBe("");
    expect(window.history.state).toEqual({ fragment: "#gast=Oma%20Erna" });
    lastScript().dispatchEvent(new Event("error"));
    window.history.replaceState(null, "", "/");
  });

  it("does not load a second time once the API is there", async () => {
    win.JitsiMeetExternalAPI = class {};
    await loadExternalApi("meet.bretten.de");
    expect(injectedScripts()).toHaveLength(0);
  });

  it("shares one request between a prefetch and the room's own load", async () => {
    const prefetch = loadExternalApi("meet.bretten.de");
    const room = loadExternalApi("meet.bretten.de");
    expect(injectedScripts()).toHaveLength(1);
    win.JitsiMeetExternalAPI = class {};
    lastScript().dispatchEvent(new Event("load"));
    await expect(Promise.all([prefetch, room])).resolves.toEqual([undefined, undefined]);
  });

  it("starts a fresh request after a failed one", async () => {
    const first = loadExternalApi("meet.bretten.de").catch(() => "failed");
    lastScript().dispatchEvent(new Event("error"));
    await expect(first).resolves.toBe("failed");
    void loadExternalApi("meet.bretten.de").catch(() => {});
    expect(injectedScripts()).toHaveLength(1);
    lastScript().dispatchEvent(new Event("error"));
  });

  it("fails as unreachable on a network error and removes the dead script", async () => {
    const loading = loadExternalApi("meet.bretten.de");
    lastScript().dispatchEvent(new Event("error"));
    await expect(loading).rejects.toEqual(new ExternalApiLoadError("unreachable"));
    expect(injectedScripts()).toHaveLength(0);
  });

  it("fails as invalid when the server answers with something that defines no API", async () => {
    const loading = loadExternalApi("meet.bretten.de");
    lastScript().dispatchEvent(new Event("load"));
    await expect(loading).rejects.toMatchObject({ reason: "invalid" });
  });

  it("gives up after the timeout instead of waiting for ever", async () => {
    vi.useFakeTimers();
    const loading = loadExternalApi("meet.bretten.de", { timeoutMs: 5000 });
    const outcome = loading.catch((error: ExternalApiLoadError) => error.reason);
    vi.advanceTimersByTime(4999);
    expect(injectedScripts()).toHaveLength(1);
    vi.advanceTimersByTime(1);
    await expect(outcome).resolves.toBe("timeout");
    expect(injectedScripts()).toHaveLength(0);
  });

  it("uses a new URL for each retry, so a hung request cannot swallow it", async () => {
    const first = loadExternalApi("meet.bretten.de", { attempt: 0 }).catch(() => "failed");
    lastScript().dispatchEvent(new Event("error"));
    await first;
    const retry = loadExternalApi("meet.bretten.de", { attempt: 1 });
    expect(lastScript().src).toBe(externalApiUrl("meet.bretten.de", 1));
    expect(lastScript().src).not.toBe(externalApiUrl("meet.bretten.de", 0));
    win.JitsiMeetExternalAPI = class {};
    lastScript().dispatchEvent(new Event("load"));
    await expect(retry).resolves.toBeUndefined();
  });
});
