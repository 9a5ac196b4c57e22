/**
 * The only module that talks to the server: one TLS handshake to look at the certificate, and
 * plain GETs over verified HTTPS. Every request has a deadline for the whole of it (handshake,
 * headers and body), not an idle time: a server that answers a byte at a time cannot stall the
 * check.
 */
import type { IncomingHttpHeaders } from "node:http";
import https from "node:https";
import { isIP } from "node:net";
import tls from "node:tls";
import type { Certificate } from "./serverChecks.ts";

export interface Connection {
  host: string;
  port: number;
  /** The CAs to trust, or undefined for the system's. */
  ca: string[] | undefined;
  /** Milliseconds for each request as a whole. */
  timeout: number;
}

export interface Response {
  status: number;
  contentType: string;
  body: string;
  headers: IncomingHttpHeaders;
}

const MAX_BODY = 5 * 1024 * 1024;

/** Server name for SNI: never an IP address. */
const serverName = (host: string) => (isIP(host) ? undefined : host);

/** Handshakes without trusting anything yet, to report each certificate problem separately. */
export function inspectCertificate({ host, port, ca, timeout }: Connection): Promise<Certificate> {
  return new Promise((resolve, reject) => {
    const socket = tls.connect({
      host,
      port,
      servername: serverName(host),
      ca,
      rejectUnauthorized: false,
    });
    const deadline = setTimeout(
      () => socket.destroy(new Error(`no TLS handshake within ${timeout} ms`)),
      timeout,
    );
    socket.once("close", () => clearTimeout(deadline));
    socket.once("error", reject);
    socket.once("secureConnect", () => {
      clearTimeout(deadline);
      const cert = socket.getPeerCertificate();
      socket.end();
      if (!cert?.valid_to) return reject(new Error("the server sent no certificate"));
      resolve({
        validFrom: new Date(cert.valid_from),
        validTo: new Date(cert.valid_to),
        authorized: socket.authorized,
        authorizationError: socket.authorizationError
          ? String(socket.authorizationError)
          : undefined,
        hostnameError: tls.checkServerIdentity(host, cert)?.message,
      });
    });
  });
}

/** GET over verified HTTPS, without following redirects. */
export function fetchText(url: string, { host, ca, timeout }: Connection): Promise<Response> {
  return new Promise((resolve, reject) => {
    /** Rejects with our own message first: once the answer has begun, Node reports "aborted". */
    const fail = (error: Error) => {
      reject(error);
      request.destroy(error);
    };
    const request = https.get(
      url,
      { ca, servername: serverName(host), agent: false, timeout },
      (response) => {
        const chunks: Buffer[] = [];
        let size = 0;
        response.on("data", (chunk: Buffer) => {
          size += chunk.length;
          if (size > MAX_BODY) fail(new Error(`${url} is larger than ${MAX_BODY} bytes`));
          else chunks.push(chunk);
        });
        response.on("error", reject);
        response.on("end", () =>
          resolve({
            status: response.statusCode ?? 0,
            contentType: String(response.headers["content-type"] ?? ""),
            headers: response.headers,
            body: Buffer.concat(chunks).toString("utf8"),
          }),
        );
      },
    );
    // `timeout` above only notices silence; this deadline covers the whole answer.
    const deadline = setTimeout(
      () => fail(new Error(`no complete answer from ${url} within ${timeout} ms`)),
      timeout,
    );
    request.on("close", () => clearTimeout(deadline));
    request.on("timeout", () =>
      request.destroy(new Error(`no answer from ${url} within ${timeout} ms`)),
    );
    request.on("error", reject);
  });
}
