import { screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { beforeEach, describe, expect, it, vi } from "vitest";
import { readNavigationState } from "../../domain/navigationState";
import { renderWithI18n } from "../../test/render";
import { MeetingUnavailable } from "./MeetingUnavailable";

describe("MeetingUnavailable", () => {
  beforeEach(() => window.history.replaceState(null, "", "/OmaErnaGeburtstag"));

  it.each([
    ["unreachable", /keine Verbindung zum Konferenzserver/],
    ["timeout", /antwortet nicht rechtzeitig/],
    ["invalid", /unerwartete Antwort/],
    ["offline", /nicht mit dem Internet verbunden/],
  ] as const)("says what happened (%s) and offers a retry", async (reason, text) => {
    const retry = vi.fn();
    renderWithI18n(<MeetingUnavailable reason={reason} onRetry={retry} />);
    const heading = screen.getByRole("heading", { name: /nicht erreichbar/ });
    expect(heading).toHaveFocus();
    expect(screen.getByText(text)).toBeVisible();
    await userEvent.click(screen.getByRole("button", { name: "Erneut versuchen" }));
    expect(retry).toHaveBeenCalledOnce();
  });

  it("takes what was typed into the join field back to the start page", async () => {
    window.history.replaceState(
      { typedRoomInput: "Oma Erna Geburtstag" },
      "",
      "/OmaErnaGeburtstag",
    );
    renderWithI18n(<MeetingUnavailable reason="unreachable" onRetry={() => {}} />);
    await userEvent.click(screen.getByRole("link", { name: "Zur Startseite" }));
    expect(window.location.pathname).toBe("/");
    expect(readNavigationState(window.history.state).typedRoomInput).toBe("Oma Erna Geburtstag");
  });

  it("is a plain link home when nothing was typed (opened from a shared link)", async () => {
    renderWithI18n(<MeetingUnavailable reason="timeout" onRetry={() => {}} />);
    const home = screen.getByRole("link", { name: "Zur Startseite" });
    expect(home).toHaveAttribute("href", "/");
    await userEvent.click(home);
    expect(window.location.pathname).toBe("/");
    expect(readNavigationState(window.history.state).typedRoomInput).toBeUndefined();
  });
});
