import { render, screen } from "@testing-library/react";
import { Component, type ReactNode } from "react";
import { beforeEach, describe, expect, it, vi } from "vitest";
import { JitsiRoom } from "./JitsiRoom";
import { loadExternalApi } from "./loadExternalApi";

// The SDK types the global as always there; these tests remove it and put a fake there.
const win = window as unknown as { JitsiMeetExternalAPI?: unknown };
const DOMAIN = "meet.bretten.de";

/** Every external_api.js script on the page: ours, and any the SDK's own loader would add. */
const scripts = () => [
  ...document.querySelectorAll<HTMLScriptElement>('script[src*="external_api.js"]'),
];

/** Just enough of Jitsi's API for the SDK to make a call: an iframe where the real one goes. */
class FakeExternalApi {
  private readonly iframe = document.createElement("iframe");
  constructor(_domain: string, options: { parentNode: HTMLElement }) {
    this.iframe.dataset.testid = "call";
    options.parentNode.appendChild(this.iframe);
  }
  getIFrame() {
    return this.iframe;
  }
  executeCommand() {}
  on() {
    return this;
  }
  dispose() {
    this.iframe.remove();
  }
}

class ShowError extends Component<{ children: ReactNode }, { message?: string }> {
  override state: { message?: string } = {};
  static getDerivedStateFromError(error: Error) {
    return { message: error.message };
  }
  override render() {
    return this.state.message ? <p role="alert">{this.state.message}</p> : this.props.children;
  }
}

const room = (
  <JitsiRoom
    domain={DOMAIN}
    room="ApfelWolkeGeigeTurmKatzeBrot"
    lang="de"
    inviteButtonText="Einladen"
    frameTitle="Videokonferenz"
    loadingText="Einen Moment"
    onReadyToClose={() => {}}
    onInvite={() => {}}
    onProblem={() => {}}
    onCallUp={() => {}}
  />
);

describe("JitsiRoom: one way to load Jitsi's script", () => {
  beforeEach(() => {
    delete win.JitsiMeetExternalAPI;
    document.head.innerHTML = "";
  });

  // First in this file on purpose: the SDK keeps its first load for the module's lifetime
  // (lib/init.js), so only a fresh SDK would still add a script of its own.
  it("refuses to render before our loader is done, so the SDK never loads the script", () => {
    vi.spyOn(console, "error").mockImplementation(() => {});
    render(<ShowError>{room}</ShowError>);
    // Rendered, the SDK's mount effect would have added its own script by now.
    expect(scripts()).toEqual([]);
    expect(screen.getByRole("alert")).toHaveTextContent("before external_api.js loaded");
  });

  it("hands the SDK the API our loader brought: one script on the page, ours", async () => {
    const loading = loadExternalApi(DOMAIN);
    win.JitsiMeetExternalAPI = FakeExternalApi;
    scripts()[0]?.dispatchEvent(new Event("load"));
    await loading;
    render(room);
    expect(await screen.findByTestId("call")).toHaveAttribute("title", "Videokonferenz");
    expect(scripts().map((script) => script.src)).toEqual([`https://${DOMAIN}/external_api.js`]);
  });
});
