import { screen } from "@testing-library/react";
import { afterEach, describe, expect, it, vi } from "vitest";
import { renderWithI18n } from "../../test/render";
import { BrowserNotice } from "./BrowserNotice";
import type { UnsupportedReason } from "./browserSupport";
import { LandingPage } from "./LandingPage";

const HEADING = "Mit diesem Browser klappt die Videokonferenz leider nicht";

describe("BrowserNotice", () => {
  afterEach(() => vi.unstubAllGlobals());

  it("shows nothing at all on a working browser", () => {
    const { container } = renderWithI18n(<BrowserNotice support={{ supported: true }} />);
    expect(container).toBeEmptyDOMElement();
  });

  it.each([
    ["retired", /Internet Explorer .* Firefox, Chrome, Edge oder Safari/],
    ["outdated", /zu alt .* Firefox, Chrome, Edge oder Safari/],
    ["outdatedIos", /mindestens iOS 14/],
    ["noWebRTC", /WebRTC.* Firefox, Chrome, Edge oder Safari/],
    ["noWebRTCIos", /in Safari/],
  ] as [UnsupportedReason, RegExp][])(
    "explains %s and says what to use instead",
    (reason, text) => {
      renderWithI18n(<BrowserNotice support={{ supported: false, reason }} />);
      const notice = screen.getByRole("region", { name: HEADING });
      expect(notice).toBeVisible();
      expect(notice).toHaveTextContent(text);
    },
  );

  it("appears on the start page of a browser without RTCPeerConnection, above the buttons", () => {
    vi.stubGlobal("RTCPeerConnection", undefined);
    renderWithI18n(<LandingPage />);
    const notice = screen.getByRole("region", { name: HEADING });
    const start = screen.getByRole("button", { name: "Konferenz starten" });
    expect(notice.compareDocumentPosition(start) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    // People may still try: detection can be wrong, so nothing is disabled.
    expect(start).toBeEnabled();
  });

  it("is absent from the start page of a browser with WebRTC", () => {
    vi.stubGlobal("RTCPeerConnection", class {});
    renderWithI18n(<LandingPage />);
    expect(screen.getByRole("button", { name: "Konferenz starten" })).toBeVisible();
    expect(screen.queryByRole("region", { name: HEADING })).not.toBeInTheDocument();
  });
});
