import { afterEach, describe, expect, it, vi } from "vitest";
import { fetchJson } from "./fetchJson";

afterEach(() => {
  vi.unstubAllGlobals();
  vi.useRealTimers();
});

describe("fetchJson", () => {
  it("returns the parsed body, sent without cookies or referrer", async () => {
    const fetch = vi.fn(async () => new Response('{"id":12345678}', { status: 200 }));
    vi.stubGlobal("fetch", fetch);
    expect(await fetchJson("https://meet.bretten.de/m")).toEqual({ id: 12345678 });
    expect(fetch).toHaveBeenCalledWith(
      "https://meet.bretten.de/m",
      expect.objectContaining({ credentials: "omit", referrerPolicy: "no-referrer" }),
    );
  });

  it.each([
    ["a network error", async () => Promise.reject(new TypeError("Failed to fetch"))],
    ["an HTTP error", async () => new Response('{"id":1}', { status: 502 })],
    ["a body that is not JSON", async () => new Response("<html>", { status: 200 })],
  ])("gives null for %s, never throws", async (_, answer) => {
    vi.stubGlobal("fetch", vi.fn(answer));
    expect(await fetchJson("https://meet.bretten.de/m")).toBeNull();
  });

  it("gives up after the timeout", async () => {
    vi.useFakeTimers();
    vi.stubGlobal(
      "fetch",
      vi.fn(
        (_url: string, init: RequestInit) =>
          new Promise((_resolve, reject) => {
            init.signal?.addEventListener("abort", () =>
              reject(new DOMException("", "AbortError")),
            );
          }),
      ),
    );
    const result = fetchJson("https://meet.bretten.de/m", 5000);
    await vi.advanceTimersByTimeAsync(5000);
    expect(await result).toBeNull();
  });
});
