import { act, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { Suspense, use } from "react";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import MeetingRoute from "../../app/MeetingRoute";
import { renderWithI18n } from "../../test/render";
import MeetingPage, { type InvitePanelView, prefetchJitsiApi } from "./MeetingPage";

const win = window as unknown as { JitsiMeetExternalAPI?: unknown };
const ROOM = "ApfelWolkeGeigeTurmKatzeBrot";

interface ApiOptions {
  roomName: string;
  parentNode: HTMLElement;
  configOverwrite?: Record<string, unknown>;
  userInfo?: { displayName?: string };
}

/** A minimal API class: puts an iframe where the real one would, and lets a test play the call. */
class FakeExternalApi {
  static made: FakeExternalApi[] = [];
  private listeners = new Map<string, ((payload: unknown) => void)[]>();
  constructor(
    domain: string,
    readonly options: ApiOptions,
  ) {
    const iframe = document.createElement("iframe");
    iframe.src = `https://${domain}/${options.roomName}`;
    iframe.dataset.testid = "call";
    options.parentNode.appendChild(iframe);
    this.iframe = iframe;
    FakeExternalApi.made.push(this);
  }
  private readonly iframe: HTMLIFrameElement;
  getIFrame() {
    return this.iframe;
  }
  /** Commands the page sent, in order: [name, ...args]. */
  readonly commands: unknown[][] = [];
  executeCommand(name: string, ...args: unknown[]) {
    this.commands.push([name, ...args]);
  }
  on(event: string, listener: (payload: unknown) => void) {
    this.listeners.set(event, [...(this.listeners.get(event) ?? []), listener]);
  }
  /** What the meeting page inside the iframe would send. */
  emit(event: string, payload: unknown) {
    act(() => {
      for (const listener of this.listeners.get(event) ?? []) listener(payload);
    });
  }
  disposed = false;
  dispose() {
    this.disposed = true;
    this.options.parentNode.replaceChildren();
  }
}

/** What the panel waits for before it can show (its texts, in a test that holds them back). */
let waitingTexts: Promise<void> = Promise.resolve();

/** An invitation panel whose texts are on their way: it suspends until they are there. */
const WaitingPanel: InvitePanelView = ({ open }) => {
  use(waitingTexts);
  return open ? <div role="dialog" aria-label="Personen einladen" /> : null;
};

function pendingScript(): HTMLScriptElement {
  const script = [...document.head.querySelectorAll("script")].at(-1);
  if (!script) throw new Error("no external_api.js request");
  return script;
}

/** Renders the page with external_api.js already there, and waits for the call. */
async function renderCall() {
  win.JitsiMeetExternalAPI = FakeExternalApi;
  renderWithI18n(<MeetingRoute room={ROOM} />);
  await screen.findByTestId("call");
  const api = FakeExternalApi.made.at(-1);
  if (!api) throw new Error("no call");
  return api;
}

describe("MeetingPage", () => {
  beforeEach(() => {
    delete win.JitsiMeetExternalAPI;
    document.head.innerHTML = "";
    FakeExternalApi.made = [];
    window.history.replaceState(null, "", `/${ROOM}`);
  });
  afterEach(() => window.history.replaceState(null, "", "/"));

  it("says when the server cannot be reached, and retries without reloading", async () => {
    renderWithI18n(<MeetingRoute room={ROOM} />);
    expect(screen.getByRole("status")).toHaveTextContent(
      "Die Verbindung zum Konferenzserver wird aufgebaut",
    );

    act(() => pendingScript().dispatchEvent(new Event("error")));
    const heading = await screen.findByRole("heading", {
      name: "Der Konferenzserver ist gerade nicht erreichbar",
    });
    // Focus moves in an effect after the heading renders.
    await waitFor(() => expect(heading).toHaveFocus());
    expect(screen.getByRole("link", { name: "Zur Startseite" })).toHaveAttribute("href", "/");

    await userEvent.click(screen.getByRole("button", { name: "Erneut versuchen" }));
    expect(pendingScript().src).toMatch(/\/external_api\.js\?attempt=1$/);
    win.JitsiMeetExternalAPI = FakeExternalApi;
    act(() => pendingScript().dispatchEvent(new Event("load")));

    const iframe = await screen.findByTestId("call");
    expect(iframe).toHaveAttribute("src", expect.stringMatching(/\/ApfelWolkeGeigeTurmKatzeBrot$/));
    expect(screen.queryByRole("heading", { name: /nicht erreichbar/ })).not.toBeInTheDocument();
  });

  it("tells an offline device so, and tries again by itself once it is back online", async () => {
    const onLine = vi.spyOn(navigator, "onLine", "get").mockReturnValue(false);
    const listen = vi.spyOn(window, "addEventListener");
    renderWithI18n(<MeetingRoute room={ROOM} />);
    act(() => pendingScript().dispatchEvent(new Event("error")));
    expect(await screen.findByText(/nicht mit dem Internet verbunden/)).toBeVisible();

    // The message is committed before the passive effect that listens for "online" runs: an
    // event sent in between went unheard and the test failed now and then. Wait for the listener.
    await waitFor(() => expect(listen).toHaveBeenCalledWith("online", expect.any(Function)));
    onLine.mockReturnValue(true);
    act(() => window.dispatchEvent(new Event("online")));
    await waitFor(() => expect(pendingScript().src).toMatch(/\?attempt=1$/));
  });

  it("names the call's iframe for screen readers", async () => {
    const api = await renderCall();
    // Jitsi's iframe comes without a title; the page gives it the one from meeting.frameTitle.
    expect(api.getIFrame().title).toBe(`Videokonferenz im Raum ${ROOM}`);
  });

  it("forgets the settings Jitsi stored on this device when a call starts and when it ends", async () => {
    localStorage.setItem("jitsiLocalStorage", '{"displayName":"Letzte Person"}');
    win.JitsiMeetExternalAPI = FakeExternalApi;
    const { unmount } = renderWithI18n(<MeetingRoute room={ROOM} />);
    await screen.findByTestId("call");
    expect(localStorage.getItem("jitsiLocalStorage")).toBeNull();
    // During the call Jitsi writes there again (WebKit); leaving the page clears it.
    localStorage.setItem("jitsiLocalStorage", '{"displayName":"Oma Erna"}');
    unmount();
    expect(localStorage.getItem("jitsiLocalStorage")).toBeNull();
  });

  it("offers help with camera and sound in the bar, in a new tab", () => {
    renderWithI18n(<MeetingRoute room={ROOM} />);
    const help = within(screen.getByRole("banner")).getByRole("link", {
      name: /^Hilfe bei Kamera und Ton/,
    });
    expect(help).toHaveAttribute("href", "/hilfe#kamera");
    expect(help).toHaveAttribute("target", "_blank");
  });

  it("names the room in the bar and the tab title", () => {
    renderWithI18n(<MeetingRoute room={ROOM} />);
    expect(screen.getByRole("banner")).toHaveTextContent(`Raum: ${ROOM}`);
    expect(document.title).toBe(`Konferenz ${ROOM} – Peter ruft Paul`);
  });
});

describe("MeetingPage: inviting", () => {
  beforeEach(() => {
    document.head.innerHTML = "";
    FakeExternalApi.made = [];
    window.history.replaceState(null, "", `/${ROOM}`);
  });

  it("opens the invitation after 'Konferenz starten' once the call is up, only that once", async () => {
    window.history.replaceState({ created: true, other: 1 }, "", `/${ROOM}`);
    const api = await renderCall();
    // Not before Jitsi's page answers: if the server is down, the error must be what they see.
    expect(screen.queryByRole("dialog")).not.toBeInTheDocument();
    api.emit("ready", {});
    const dialog = await screen.findByRole("dialog", { name: "Personen einladen" });
    expect(within(dialog).getByText(`${window.location.origin}/${ROOM}`)).toBeVisible();
    // A reload finds no flag, so the panel does not pop up again; other facts stay.
    expect(window.history.state).toEqual({ other: 1 });
    expect(window.location.pathname).toBe(`/${ROOM}`);
  });

  it("keeps the call on screen while the panel's texts are still loading", async () => {
    // In any language but German the panel's texts are fetched when the meeting's code arrives; on
    // a slow line the call can be up first. The app renders the room inside a Suspense boundary.
    let bringTexts = () => {};
    const texts = new Promise<void>((resolve) => {
      bringTexts = resolve;
    });
    waitingTexts = texts;
    window.history.replaceState({ created: true }, "", `/${ROOM}`);
    win.JitsiMeetExternalAPI = FakeExternalApi;
    renderWithI18n(
      <Suspense fallback={<p>Einen Moment</p>}>
        <MeetingPage room={ROOM} InvitePanel={WaitingPanel} />
      </Suspense>,
    );
    const frame = await screen.findByTestId("call");
    const api = FakeExternalApi.made.at(-1);
    await act(async () => api?.emit("ready", {}));
    expect(screen.queryByText("Einen Moment")).not.toBeInTheDocument();
    expect(screen.getByTestId("call")).toBeVisible();
    await act(async () => {
      bringTexts();
      await texts;
    });
    expect(await screen.findByRole("dialog", { name: "Personen einladen" })).toBeInTheDocument();
    // The same frame all along: Jitsi's call was never torn down and made again.
    expect(screen.getByTestId("call")).toBe(frame);
    expect(api?.disposed).toBe(false);
    expect(FakeExternalApi.made).toHaveLength(1);
  });

  it("does not open it on a plain visit, but from the bar's 'Einladen' button", async () => {
    await renderCall();
    expect(screen.queryByRole("dialog")).not.toBeInTheDocument();
    await userEvent.click(
      within(screen.getByRole("banner")).getByRole("button", { name: "Einladen" }),
    );
    expect(await screen.findByRole("dialog", { name: "Personen einladen" })).toBeVisible();
  });

  it("asks the call for its own 'Einladen' button and opens the panel on its click", async () => {
    const api = await renderCall();
    expect(api.options.configOverwrite?.customToolbarButtons).toEqual([
      expect.objectContaining({ id: "einladen", text: "Einladen" }),
    ]);
    api.emit("toolbarButtonClicked", { key: "hangup" });
    expect(screen.queryByRole("dialog")).not.toBeInTheDocument();
    api.emit("toolbarButtonClicked", { key: "einladen", preventExecution: false });
    expect(await screen.findByRole("dialog", { name: "Personen einladen" })).toBeVisible();
  });
});

describe("MeetingPage: a guest's Direkt-Link", () => {
  beforeEach(() => {
    FakeExternalApi.made = [];
    window.history.replaceState(null, "", `/${ROOM}#gast=Oma%20Erna`);
  });

  /** The guest's one tap on our page, then the call. */
  async function joinAsGuest(name = "Oma Erna") {
    win.JitsiMeetExternalAPI = FakeExternalApi;
    renderWithI18n(<MeetingRoute room={ROOM} />);
    const join = await screen.findByRole("button", { name: `Als ${name} beitreten` });
    await userEvent.click(join);
    await screen.findByTestId("call");
    const api = FakeExternalApi.made.at(-1);
    if (!api) throw new Error("no call");
    return api;
  }

  it("asks first: one large button names her and says camera and microphone go on", async () => {
    win.JitsiMeetExternalAPI = FakeExternalApi;
    renderWithI18n(<MeetingRoute room={ROOM} />);
    const join = await screen.findByRole("button", { name: "Als Oma Erna beitreten" });
    await waitFor(() => expect(join).toHaveFocus());
    expect(join).toHaveAccessibleDescription("Kamera und Mikrofon gehen an.");
    expect(screen.getByRole("heading", { level: 1 })).toHaveTextContent("Stadt Bretten");
    expect(screen.getByRole("main")).toHaveTextContent(`Raum: ${ROOM}`);
    // Nobody is on camera before the tap: no call yet.
    expect(screen.queryByTestId("call")).not.toBeInTheDocument();
    expect(FakeExternalApi.made).toHaveLength(0);
    await userEvent.click(join);
    expect(await screen.findByTestId("call")).toBeInTheDocument();
    expect(screen.queryByRole("button", { name: /beitreten/ })).not.toBeInTheDocument();
  });

  it("takes the name out of the address as it renders, and keeps it", () => {
    renderWithI18n(<MeetingRoute room={ROOM} />);
    // external_api.js parses our location.hash when it runs: the name must be gone before the
    // page's effects load it (the e2e suite checks the order against the real request).
    expect(window.location.hash).toBe("");
    expect(window.location.pathname).toBe(`/${ROOM}`);
    // A reload finds it in the history entry, not in the URL.
    expect(window.history.state).toEqual({ fragment: "#gast=Oma%20Erna" });
  });

  it("the prefetch from the start page takes such parameters out of the address too", () => {
    win.JitsiMeetExternalAPI = FakeExternalApi; // nothing to load; the address is the point
    prefetchJitsiApi();
    expect(window.location.hash).toBe("");
    expect(window.history.state).toEqual({ fragment: "#gast=Oma%20Erna" });
  });

  it("sends her exact name by command, not through the URL Jitsi would escape", async () => {
    window.history.replaceState(null, "", `/${ROOM}#gast=%E2%80%9EOma%E2%80%9C%20%26%20O'Brien`);
    const api = await joinAsGuest("„Oma“ & O'Brien");
    expect(api.options.userInfo).toBeUndefined();
    expect(api.commands).toEqual([["displayName", "„Oma“ & O'Brien"]]);
    api.emit("videoConferenceJoined", { id: "abc" });
    expect(api.commands.at(-1)).toEqual(["displayName", "„Oma“ & O'Brien"]);
  });

  it("puts her straight in with her name after the tap, with the guest's toolbar", async () => {
    const api = await joinAsGuest();
    expect(api.options.configOverwrite).toMatchObject({
      prejoinConfig: { enabled: false },
      toolbarButtons: ["microphone", "camera", "hangup", "tileview"],
    });
    expect(screen.queryByRole("button", { name: "Einladen" })).not.toBeInTheDocument();
    expect(api.commands).toEqual([["displayName", "Oma Erna"]]);
  });

  it("keeps her name through a broken connection and 'Erneut verbinden'", async () => {
    const api = await joinAsGuest();
    window.history.replaceState(null, "", `/${ROOM}`); // even if the address lost it meanwhile
    api.emit("errorOccurred", { error: { isFatal: true, name: "connection.otherError" } });
    const heading = await screen.findByRole("heading", {
      name: "Die Verbindung zum Gespräch ist abgebrochen",
    });
    // Focus moves in an effect after the heading renders.
    await waitFor(() => expect(heading).toHaveFocus());
    expect(screen.queryByTestId("call")).not.toBeInTheDocument();
    expect(screen.getByRole("link", { name: "Zur Startseite" })).toHaveAttribute("href", "/");

    await userEvent.click(screen.getByRole("button", { name: "Erneut verbinden" }));
    await screen.findByTestId("call");
    expect(FakeExternalApi.made).toHaveLength(2);
    expect(FakeExternalApi.made[1]?.commands).toEqual([["displayName", "Oma Erna"]]);
  });
});

describe("MeetingPage: camera and microphone trouble", () => {
  beforeEach(() => {
    FakeExternalApi.made = [];
    window.history.replaceState(null, "", `/${ROOM}`);
  });

  it("explains how to allow them, links to the help in a new tab, and keeps the call", async () => {
    const api = await renderCall();
    api.emit("cameraError", { type: "gum.permission_denied", message: "denied" });
    const notice = screen.getByRole("alert", { name: "Ihre Kamera funktioniert gerade nicht" });
    expect(notice).toHaveTextContent("Der Browser darf das Gerät im Moment nicht benutzen.");
    expect(notice).toHaveTextContent(/So erlauben Sie Kamera und Mikrofon/);
    const help = within(notice).getByRole("link", { name: /Ausführliche Hilfe/ });
    expect(help).toHaveAttribute("href", "/hilfe");
    expect(help).toHaveAttribute("target", "_blank");
    expect(screen.getByTestId("call")).toBeInTheDocument();

    api.emit("micError", { type: "gum.not_found" });
    expect(
      screen.getByRole("alert", { name: "Kamera und Mikrofon funktionieren gerade nicht" }),
    ).toBeVisible();
    await userEvent.click(screen.getByRole("button", { name: "Hinweis schließen" }));
    expect(screen.queryByRole("alert", { name: /funktionier/ })).not.toBeInTheDocument();
  });

  it("ignores errors the call recovers from by itself", async () => {
    const api = await renderCall();
    api.emit("errorOccurred", { error: { isFatal: false, name: "conference.iceFailed" } });
    expect(screen.getByTestId("call")).toBeInTheDocument();
    expect(screen.queryByRole("heading", { name: /abgebrochen/ })).not.toBeInTheDocument();
  });
});
