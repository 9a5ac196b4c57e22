/**
 * GETs JSON from a service the build names (phone dial-in). Never throws: a network error, an
 * HTTP error, a body that is not JSON or no answer within `timeoutMs` all give null, so the
 * caller simply leaves out what it wanted to show. No cookies, no referrer, nothing cached.
 */
export async function fetchJson(url: string, timeoutMs = 5000): Promise<unknown> {
  if (typeof fetch !== "function") return null;
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), timeoutMs);
  try {
    const response = await fetch(url, {
      signal: controller.signal,
      credentials: "omit",
      referrerPolicy: "no-referrer",
      cache: "no-store",
      headers: { Accept: "application/json" },
    });
    if (!response.ok) return null;
    return await response.json();
  } catch {
    return null;
  } finally {
    clearTimeout(timer);
  }
}
