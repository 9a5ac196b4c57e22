import { useEffect, useRef } from "react";
import { buildQrSvg } from "./qr";

/**
 * The QR code as inline SVG. The markup is ours (qr.ts escapes the title, the path is numbers);
 * it still goes through the XML parser and importNode rather than innerHTML, so nothing in it
 * could ever run.
 */
export function QrCode({ text, label }: { text: string; label: string }) {
  const host = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const element = host.current;
    if (!element) return;
    const parsed = new DOMParser().parseFromString(
      buildQrSvg(text, { title: label }),
      "image/svg+xml",
    );
    const svg = parsed.documentElement;
    const ok = svg.localName === "svg" && parsed.getElementsByTagName("parsererror").length === 0;
    element.replaceChildren(...(ok ? [document.importNode(svg, true)] : []));
  }, [text, label]);
  return <div ref={host} className="share-qr" />;
}
