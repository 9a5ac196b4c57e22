import { act, screen } from "@testing-library/react";
import { beforeEach, describe, expect, it, vi } from "vitest";

const ROOM = "ApfelWolkeGeigeTurmKatzeBrot";
/** The room's bar, which only the meeting page draws. */
const meetingBar = () => document.querySelector(".meeting-bar");

/** The app as a fresh page has it: the call's code not yet fetched. */
async function freshApp() {
  vi.resetModules();
  const [app, i18n, render] = await Promise.all([
    import("./App"),
    import("../i18n"),
    import("../test/render"),
  ]);
  return { ...app, ...i18n, ...render };
}

describe("App: a room", () => {
  beforeEach(() => {
    window.history.replaceState(null, "", `/${ROOM}?lang=de`);
  });

  it("fetches the call's code when someone opens a room, and keeps the call through a re-render", async () => {
    const { App, renderWithI18n, changeLanguage } = await freshApp();
    await act(() => changeLanguage("de"));
    renderWithI18n(<App />);
    // Not here yet: the room shows that it is on its way.
    expect(meetingBar()).toBeNull();
    expect(screen.getByText("Die Verbindung zum Konferenzserver wird aufgebaut …")).toBeVisible();
    expect(await screen.findByText(ROOM)).toBeInTheDocument();
    const meeting = document.querySelector(".meeting");
    // The app draws again (another language): the same meeting page, not a new one (a new one
    // would end the call and start it again).
    await act(() => changeLanguage("en"));
    expect(screen.getByRole("button", { name: "Invite" })).toBeInTheDocument();
    expect(document.querySelector(".meeting")).toBe(meeting);
  });

  it("draws a room at once when its code was fetched ahead", async () => {
    const { App, renderWithI18n, changeLanguage, prepareMeeting } = await freshApp();
    await act(() => changeLanguage("de"));
    await prepareMeeting();
    renderWithI18n(<App />);
    // In the same render, with no moment of "on its way" (which React would keep for 300 ms).
    expect(meetingBar()).toHaveTextContent(ROOM);
  });
});
