import { act, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { beforeEach, describe, expect, it, vi } from "vitest";
import { renderWithI18n } from "../../test/render";
import MeetingPage from "./MeetingPage";

const win = window as unknown as { JitsiMeetExternalAPI?: unknown };

/** A minimal API class: puts an iframe where the real one would, so the test sees the call. */
class FakeExternalApi {
  constructor(domain: string, options: { roomName: string; parentNode: HTMLElement }) {
    const iframe = document.createElement("iframe");
    iframe.src = `https://${domain}/${options.roomName}`;
    iframe.title = "Jitsi";
    options.parentNode.appendChild(iframe);
  }
  on() {}
  dispose() {}
}

function pendingScript(): HTMLScriptElement {
  const script = [...document.head.querySelectorAll("script")].at(-1);
  if (!script) throw new Error("no external_api.js request");
  return script;
}

describe("MeetingPage", () => {
  beforeEach(() => {
    delete win.JitsiMeetExternalAPI;
    document.head.innerHTML = "";
  });

  it("says when the server cannot be reached, and retries without reloading", async () => {
    renderWithI18n(<MeetingPage room="ApfelWolkeGeigeTurmKatzeBrot" />);
    expect(screen.getByRole("status")).toHaveTextContent(
      "Die Verbindung zum Konferenzserver wird aufgebaut",
    );

    act(() => pendingScript().dispatchEvent(new Event("error")));
    const heading = await screen.findByRole("heading", {
      name: "Der Konferenzserver ist gerade nicht erreichbar",
    });
    expect(heading).toHaveFocus();
    expect(screen.getByRole("link", { name: "Zur Startseite" })).toHaveAttribute("href", "/");

    await userEvent.click(screen.getByRole("button", { name: "Erneut versuchen" }));
    expect(pendingScript().src).toMatch(/\/external_api\.js\?attempt=1$/);
    win.JitsiMeetExternalAPI = FakeExternalApi;
    act(() => pendingScript().dispatchEvent(new Event("load")));

    const iframe = await screen.findByTitle("Jitsi");
    expect(iframe).toHaveAttribute("src", expect.stringMatching(/\/ApfelWolkeGeigeTurmKatzeBrot$/));
    expect(screen.queryByRole("heading", { name: /nicht erreichbar/ })).not.toBeInTheDocument();
  });

  it("tells an offline device so, and tries again by itself once it is back online", async () => {
    const onLine = vi.spyOn(navigator, "onLine", "get").mockReturnValue(false);
    renderWithI18n(<MeetingPage room="ApfelWolkeGeigeTurmKatzeBrot" />);
    act(() => pendingScript().dispatchEvent(new Event("error")));
    expect(await screen.findByText(/nicht mit dem Internet verbunden/)).toBeVisible();

    onLine.mockReturnValue(true);
    act(() => window.dispatchEvent(new Event("online")));
    expect(pendingScript().src).toMatch(/\?attempt=1$/);
  });

  it("names the room in the bar and the tab title", () => {
    renderWithI18n(<MeetingPage room="ApfelWolkeGeigeTurmKatzeBrot" />);
    expect(screen.getByRole("banner")).toHaveTextContent("Raum: ApfelWolkeGeigeTurmKatzeBrot");
    expect(document.title).toBe("Konferenz ApfelWolkeGeigeTurmKatzeBrot – Peter ruft Paul");
  });
});
