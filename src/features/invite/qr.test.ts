import jsQR from "jsqr";
import { describe, expect, it } from "vitest";
import { buildGuestLink, buildRoomLink } from "../../domain/guestLink";
import { buildQrSvg, QUIET_ZONE, qrMatrix } from "./qr";

const ORIGIN = "https://meet.bretten.de";
const LINKS = [
  buildRoomLink(ORIGIN, "Abc"),
  buildRoomLink(ORIGIN, "ApfelWolkeGeigeTurmKatzeBrot"),
  // Longest realistic: 48-character room and a 40-character guest name.
  buildGuestLink(
    ORIGIN,
    "A".repeat(24) + "z9".repeat(12),
    "Großmutter Erna-Hildegard von Ötisheim",
  ),
  buildGuestLink(ORIGIN, "x".repeat(48), "👵🏼".repeat(40)),
];

const PX = 8;

/** Draws modules (quiet zone included) as black/white RGBA pixels, as a camera would see them. */
function toPixels(modules: boolean[][]): { data: Uint8ClampedArray; width: number } {
  const width = modules.length * PX;
  const data = new Uint8ClampedArray(width * width * 4).fill(255);
  modules.forEach((row, y) => {
    row.forEach((dark, x) => {
      if (!dark) return;
      for (let dy = 0; dy < PX; dy += 1) {
        const i = ((y * PX + dy) * width + x * PX) * 4;
        for (let dx = 0; dx < PX; dx += 1) data.fill(0, i + dx * 4, i + dx * 4 + 3);
      }
    });
  });
  return { data, width };
}

function withQuietZone(matrix: boolean[][]): boolean[][] {
  const size = matrix.length + 2 * QUIET_ZONE;
  return Array.from({ length: size }, (_, y) =>
    Array.from({ length: size }, (_, x) => matrix[y - QUIET_ZONE]?.[x - QUIET_ZONE] ?? false),
  );
}

/** Reads the modules back out of our SVG: its path is "M x y h n v1 h-n z" rectangles. */
function modulesFromSvg(svg: string): boolean[][] {
  const size = Number(/viewBox="0 0 (\d+) \1"/.exec(svg)?.[1]);
  const d = /<path fill="#000" d="([^"]*)"\/>/.exec(svg)?.[1] ?? "";
  const modules = Array.from({ length: size }, () => Array<boolean>(size).fill(false));
  for (const [, x, y, n] of d.matchAll(/M(\d+) (\d+)h(\d+)v1h-\3z/g)) {
    for (let i = 0; i < Number(n); i += 1) {
      const row = modules[Number(y)];
      if (row) row[Number(x) + i] = true;
    }
  }
  expect(d.replace(/M(\d+) (\d+)h(\d+)v1h-\3z/g, "")).toBe(""); // nothing we did not read
  return modules;
}

function decode(modules: boolean[][]) {
  const { data, width } = toPixels(modules);
  return jsQR(data, width, width, { inversionAttempts: "dontInvert" });
}

describe("qrMatrix", () => {
  it.each(LINKS)("scans back to the exact link: %s", (link) => {
    const result = decode(withQuietZone(qrMatrix(link)));
    expect(result?.data).toBe(link);
    expect(result?.binaryData).toEqual([...new TextEncoder().encode(link)]);
  });

  it("encodes non-ASCII text as UTF-8", () => {
    const text = "Grüße von Oma 👵🏼";
    const result = decode(withQuietZone(qrMatrix(text)));
    expect(result?.binaryData).toEqual([...new TextEncoder().encode(text)]);
  });

  it("is square, with a size of a QR version (21 + 4n)", () => {
    for (const link of LINKS) {
      const matrix = qrMatrix(link);
      expect(matrix.every((row) => row.length === matrix.length)).toBe(true);
      expect((matrix.length - 21) % 4).toBe(0);
    }
  });
});

describe("buildQrSvg", () => {
  const title = "QR-Code mit dem Link zum Videogespräch <Oma & Opa>";
  const link = LINKS[2] ?? "";
  const svg = buildQrSvg(link, { title });

  it("scans back to the link from the SVG itself", () => {
    const modules = modulesFromSvg(svg);
    expect(modules).toEqual(withQuietZone(qrMatrix(link)));
    expect(decode(modules)?.data).toBe(link);
  });

  it("is well-formed SVG with an accessible name", () => {
    const doc = new DOMParser().parseFromString(svg, "image/svg+xml");
    expect(doc.getElementsByTagName("parsererror")).toHaveLength(0);
    const root = doc.documentElement;
    expect(root.getAttribute("role")).toBe("img");
    expect(root.getAttribute("aria-label")).toBe(title);
    expect(root.getElementsByTagName("title")[0]?.textContent).toBe(title);
    expect(root.getAttribute("shape-rendering")).toBe("crispEdges");
    expect(root.getElementsByTagName("path")).toHaveLength(1);
  });

  it("has a 4-module quiet zone on every side", () => {
    const modules = modulesFromSvg(svg);
    const size = modules.length;
    expect(size).toBe(qrMatrix(link).length + 8);
    const border = modules.flatMap((row, y) =>
      row.filter((_, x) => Math.min(x, y, size - 1 - x, size - 1 - y) < QUIET_ZONE),
    );
    expect(border.length).toBeGreaterThan(0);
    expect(border.some(Boolean)).toBe(false);
  });

  it("uses no inline styles (strict CSP)", () => {
    expect(svg).not.toMatch(/style\s*=/i);
    expect(svg).not.toMatch(/<style/i);
  });
});
