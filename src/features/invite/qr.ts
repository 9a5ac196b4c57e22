// QR code of a room link as an SVG string, made on the device: the link is a
// secret and must not go to a QR web service.
//
// Encoding: qrcode-generator by Kazuhiko Arase, MIT licence, no dependencies,
// no Node built-ins. Only its module matrix is used; the SVG is ours.
import qrcode from "qrcode-generator";

/** ISO/IEC 18004 asks for 4 light modules around the code. */
export const QUIET_ZONE = 4;

export interface QrSvgOptions {
  /** Accessible name, e.g. t("qr.label") in the "invite" namespace; becomes <title> and aria-label. */
  title: string;
}

/** Dark (true) and light modules, without quiet zone. Error correction M (15 %). */
export function qrMatrix(text: string): boolean[][] {
  const qr = qrcode(0, "M"); // 0: smallest version that fits
  // The library maps each UTF-16 unit to one byte (Latin-1); handing it
  // UTF-8 bytes as a binary string keeps umlauts and emoji intact.
  qr.addData(toUtf8BinaryString(text), "Byte");
  qr.make();
  const size = qr.getModuleCount();
  return Array.from({ length: size }, (_, row) =>
    Array.from({ length: size }, (_, col) => qr.isDark(row, col)),
  );
}

/**
 * One <path> for all dark modules (a run of dark modules in a row is one
 * rectangle) on a white ground, so the code also scans in dark mode. Colours
 * are attributes, not style=, because our CSP forbids inline styles. No
 * width/height: the page sizes it.
 */
export function buildQrSvg(text: string, { title }: QrSvgOptions): string {
  const matrix = qrMatrix(text);
  const size = matrix.length + 2 * QUIET_ZONE;
  const label = escapeXml(title);
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${size} ${size}"`,
    ` role="img" aria-label="${label}" shape-rendering="crispEdges">`,
    `<title>${label}</title>`,
    `<rect width="${size}" height="${size}" fill="#fff"/>`,
    `<path fill="#000" d="${darkModulesPath(matrix)}"/>`,
    "</svg>",
  ].join("");
}

function darkModulesPath(matrix: boolean[][]): string {
  const commands: string[] = [];
  matrix.forEach((row, y) => {
    let x = 0;
    while (x < row.length) {
      if (!row[x]) {
        x += 1;
        continue;
      }
      const startX = x;
      while (row[x]) x += 1;
      const run = x - startX;
      commands.push(`M${startX + QUIET_ZONE} ${y + QUIET_ZONE}h${run}v1h-${run}z`);
    }
  });
  return commands.join("");
}

function toUtf8BinaryString(text: string): string {
  return Array.from(new TextEncoder().encode(text), (byte) => String.fromCharCode(byte)).join("");
}

function escapeXml(text: string): string {
  return text
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")
    .replace(/'/g, "&apos;");
}
