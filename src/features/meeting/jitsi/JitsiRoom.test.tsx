import { act, render, screen } from "@testing-library/react";
import { Component, type ReactNode, Suspense, use } from "react";
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
  static disposed = 0;
  dispose() {
    FakeExternalApi.disposed += 1;
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

/** Something beside the call that suspends while `for` is pending. */
function Waits({ for: pending }: { for: Promise<void> | undefined }) {
  if (pending) use(pending);
  return null;
}

describe("JitsiRoom: the call ends only when the room goes", () => {
  beforeEach(async () => {
    delete win.JitsiMeetExternalAPI;
    document.head.innerHTML = "";
    FakeExternalApi.disposed = 0;
    const loading = loadExternalApi(DOMAIN);
    win.JitsiMeetExternalAPI = FakeExternalApi;
    scripts()[0]?.dispatchEvent(new Event("load"));
    await loading;
  });

  it("survives a Suspense boundary above that hides it for a moment", async () => {
    // Something beside the call waits for its code or texts (the app's boundary is around the
    // whole room): React hides the call meanwhile, and shows the same elements again after.
    let arrive = () => {};
    const later = new Promise<void>((resolve) => {
      arrive = resolve;
    });
    const page = (waiting: boolean) => (
      <Suspense fallback={<p>Einen Moment</p>}>
        {room}
        <Waits for={waiting ? later : undefined} />
      </Suspense>
    );
    const { rerender, unmount } = render(page(false));
    const frame = await screen.findByTestId("call");
    await act(async () => rerender(page(true)));
    expect(screen.getByText("Einen Moment")).toBeInTheDocument();
    await act(async () => {
      arrive();
      await later;
    });
    expect(screen.queryByText("Einen Moment")).not.toBeInTheDocument();
    expect(screen.getByTestId("call")).toBe(frame);
    expect(FakeExternalApi.disposed).toBe(0);
    // Leaving the room does end it.
    unmount();
    expect(FakeExternalApi.disposed).toBe(1);
    expect(frame.isConnected).toBe(false);
  });
});
