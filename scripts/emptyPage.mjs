// The bench's floor: a page with a heading and one sentence, no CSS, no script, no image, served
// from this machine. Whatever Lighthouse finds blocking on it is the browser's and the machine's
// (the navigation's commit, the first layout, Lighthouse's own work on the same cores), not a
// page's. scripts/bench.mjs measures it in the same rounds as our pages, so each page's figure can
// be read against the floor of the same moment.
import { createServer } from "node:http";

/** Of a page's response headers, those that say how to handle the page, not how it was sent. */
export function pageHeaders(headers) {
  const transport = new Set([
    "cache-control",
    "connection",
    "content-encoding",
    "content-length",
    "content-type",
    "date",
    "etag",
    "keep-alive",
    "last-modified",
    "server",
    "transfer-encoding",
    "vary",
  ]);
  return Object.fromEntries([...headers].filter(([name]) => !transport.has(name.toLowerCase())));
}

export const EMPTY_PAGE = `<!doctype html>
<html lang="de">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="description" content="Eine leere Seite: der Messboden des Benchmarks.">
<title>Leere Seite</title>
<link rel="icon" href="data:,">
</head>
<body>
<main>
<h1>Leere Seite</h1>
<p>Diese Seite hat kein CSS, kein Skript und kein Bild.</p>
</main>
</body>
</html>
`;

/**
 * Serves EMPTY_PAGE on 127.0.0.1 at a free port; resolves to its address and a way to stop.
 * `headers` are sent with it as well: the bench measures the floor once plain and once with the
 * headers nginx sends with our pages (the Cross-Origin-Opener-Policy among them costs a renderer
 * process of its own, see lighthouseRuns.mjs).
 */
export function serveEmptyPage(headers = {}) {
  const server = createServer((request, response) => {
    const found = request.url === "/";
    response.writeHead(found ? 200 : 404, {
      ...headers,
      "Content-Type": "text/html; charset=utf-8",
      "Cache-Control": "no-store",
    });
    response.end(found ? EMPTY_PAGE : "");
  });
  return new Promise((resolve, reject) => {
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      resolve({
        url: `http://127.0.0.1:${server.address().port}/`,
        close: () => new Promise((done) => server.close(done)),
      });
    });
  });
}
