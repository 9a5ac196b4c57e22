import { act, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { beforeEach, describe, expect, it, vi } from "vitest";
import { reloadPage } from "../lib/history";
import { renderWithI18n } from "../test/render";
import { ErrorBoundary } from "./ErrorBoundary";

// jsdom cannot reload a page: the reload is the one browser effect these tests stand in for.
vi.mock("../lib/history", async (original) => ({
  ...(await original<typeof import("../lib/history")>()),
  reloadPage: vi.fn(),
}));

function Broken(): never {
  throw new Error("render failed");
}

describe("ErrorBoundary", () => {
  beforeEach(() => {
    window.history.replaceState(null, "", "/ApfelWolkeGeigeTurmKatzeBrot");
    vi.mocked(reloadPage).mockClear();
    // React reports caught render errors on the console; the page is what matters here.
    vi.spyOn(console, "error").mockImplementation(() => {});
  });

  it("shows a friendly page with a way on instead of a blank page", async () => {
    renderWithI18n(
      <ErrorBoundary resetKey="/a">
        <Broken />
      </ErrorBoundary>,
    );
    const heading = screen.getByRole("heading", { level: 1, name: "Etwas ist schiefgelaufen" });
    expect(heading).toHaveFocus();
    expect(screen.getByText(/Laden Sie die Seite neu oder gehen Sie zur Startseite/)).toBeVisible();
    expect(document.title).toMatch(/^Etwas ist schiefgelaufen – /);

    await userEvent.click(screen.getByRole("button", { name: "Neu laden" }));
    expect(reloadPage).toHaveBeenCalledOnce();
    await userEvent.click(screen.getByRole("button", { name: "Zur Startseite" }));
    expect(window.location.pathname).toBe("/");
  });

  it("shows the page again once the route changes", () => {
    const view = renderWithI18n(
      <ErrorBoundary resetKey="/a">
        <Broken />
      </ErrorBoundary>,
    );
    expect(screen.getByRole("heading", { name: "Etwas ist schiefgelaufen" })).toBeVisible();
    view.rerender(
      <ErrorBoundary resetKey="/">
        <p>Startseite</p>
      </ErrorBoundary>,
    );
    expect(screen.getByText("Startseite")).toBeVisible();
    expect(screen.queryByRole("heading", { name: "Etwas ist schiefgelaufen" })).toBeNull();
  });

  it("keeps what was typed into the join field on the way home", async () => {
    window.history.replaceState({ typedRoomInput: "Oma Erna" }, "", "/OmaErna");
    renderWithI18n(
      <ErrorBoundary resetKey="/OmaErna">
        <Broken />
      </ErrorBoundary>,
    );
    await userEvent.click(screen.getByRole("button", { name: "Zur Startseite" }));
    expect(window.history.state).toEqual({ typedRoomInput: "Oma Erna" });
  });

  it("offline, says so and reloads by itself once the connection is back", () => {
    const onLine = vi.spyOn(navigator, "onLine", "get").mockReturnValue(false);
    renderWithI18n(
      <ErrorBoundary resetKey="/a">
        <Broken />
      </ErrorBoundary>,
    );
    expect(
      screen.getByText(/nicht mit dem Internet verbunden.*lädt die Seite von selbst neu/),
    ).toBeVisible();
    expect(reloadPage).not.toHaveBeenCalled();
    onLine.mockReturnValue(true);
    act(() => window.dispatchEvent(new Event("online")));
    expect(reloadPage).toHaveBeenCalledOnce();
  });
});
