/**
 * Test fixture: servers on 127.0.0.1 that answer one byte every 700 ms, to prove that
 * check:server's --timeout is a deadline for the whole request and not an idle time. Each
 * connection is bounded (it ends after DRIP_LIMIT_MS), so a checker without a deadline ends too,
 * only much later.
 */
import { readFileSync } from "node:fs";
import { createServer, type Server, type Socket } from "node:net";
import { createServer as createTlsServer } from "node:tls";
import { freePort } from "./fakeJitsiServers.ts";

export const DRIP_INTERVAL_MS = 700;
export const DRIP_LIMIT_MS = 30_000;

export interface SlowServers {
  /** TLS is quick; the HTTP answer (status line, headers, body) comes a byte at a time. */
  slowAnswer: string;
  /** The TLS handshake never completes: a record header announcing 16 KB, then a byte at a time. */
  slowHandshake: string;
  stop(): Promise<void>;
}

const ANSWER = "HTTP/1.1 200 OK\r\nContent-Type: application/javascript\r\n\r\n";
// TLS record: handshake (0x16), version 3.3, length 0x4000; its content then never arrives in time.
const HANDSHAKE = Buffer.from([0x16, 0x03, 0x03, 0x40, 0x00]);

/** Writes `first` byte by byte, then zero bytes, until the limit; then ends the connection. */
function drip(socket: Socket, first: Buffer) {
  let sent = 0;
  const timer = setInterval(() => {
    if (socket.destroyed) return clearInterval(timer);
    const byte = first.subarray(sent, sent + 1);
    socket.write(byte.length ? byte : "x");
    sent += 1;
  }, DRIP_INTERVAL_MS);
  const limit = setTimeout(() => socket.end(), DRIP_LIMIT_MS);
  socket.on("error", () => {});
  socket.on("close", () => {
    clearInterval(timer);
    clearTimeout(limit);
  });
}

export async function startSlowServers(certFile: string, keyFile: string): Promise<SlowServers> {
  const sockets = new Set<Socket>();
  const track = (socket: Socket) => {
    sockets.add(socket);
    socket.on("close", () => sockets.delete(socket));
  };
  const answer = createTlsServer(
    { cert: readFileSync(certFile), key: readFileSync(keyFile) },
    (socket) => drip(socket, Buffer.from(ANSWER)),
  );
  answer.on("connection", track);
  answer.on("tlsClientError", () => {});
  const handshake = createServer((socket) => {
    track(socket);
    drip(socket, HANDSHAKE);
  });
  const answerPort = await listen(answer, await freePort());
  const handshakePort = await listen(handshake, await freePort([answerPort]));
  return {
    slowAnswer: `https://127.0.0.1:${answerPort}`,
    slowHandshake: `https://127.0.0.1:${handshakePort}`,
    async stop() {
      for (const socket of sockets) socket.destroy();
      await Promise.all([answer, handshake].map((s) => new Promise((done) => s.close(done))));
    },
  };
}

function listen(server: Server, port: number): Promise<number> {
  return new Promise((done, fail) => {
    server.once("error", fail);
    server.listen(port, "127.0.0.1", () => done(port));
  });
}
