import { readFile, stat } from "node:fs/promises";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { extname, join, resolve, sep } from "node:path";

const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json",
  ".svg": "image/svg+xml",
  ".webmanifest": "application/manifest+json",
  ".txt": "text/plain; charset=utf-8",
  ".png": "image/png",
  ".woff2": "font/woff2",
};

export interface StaticServer {
  origin: string;
  close: () => Promise<void>;
}

/**
 * A plain static web server as many towns have one (Apache, IIS, object storage with an SPA
 * setting): a file that exists is sent as it is, every other path gets index.html. No language
 * choice, no headers of ours. On 127.0.0.1 and a port of the system's choosing.
 */
export async function startStaticServer(dir: string): Promise<StaticServer> {
  const root = resolve(dir);
  const server = createServer(async (request, response) => {
    let file = join(root, "index.html");
    try {
      const path = decodeURIComponent(new URL(request.url ?? "/", "http://x").pathname);
      const wanted = resolve(root, `.${path}`);
      if (wanted.startsWith(root + sep) && (await stat(wanted)).isFile()) file = wanted;
    } catch {
      // Undecodable or missing: the fallback.
    }
    const body = await readFile(file);
    response.writeHead(200, { "content-type": TYPES[extname(file)] ?? "application/octet-stream" });
    response.end(body);
  });
  await new Promise<void>((done) => server.listen(0, "127.0.0.1", done));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () => new Promise((done) => server.close(() => done())),
  };
}
