import { screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { beforeEach, describe, expect, it, vi } from "vitest";
import { WAIT_FOR_APP } from "../../config/paths";
import { renderWithI18n } from "../../test/render";
import { LandingPage } from "./LandingPage";

describe("LandingPage", () => {
  beforeEach(() => window.history.replaceState(null, "", "/"));

  it("says what it is and warns against sharing sensitive data", () => {
    renderWithI18n(<LandingPage />);
    expect(screen.getByRole("heading", { level: 1, name: "Peter ruft Paul" })).toBeVisible();
    expect(
      screen.getByText(/kostenlos, ohne Anmeldung und sicher – auf einem Server in Europa/),
    ).toBeVisible();
    expect(screen.getByText(/keine Bankverbindungen und keine Passwörter/)).toBeVisible();
  });

  it("starts a conference in a new, unguessable room with one click", async () => {
    renderWithI18n(<LandingPage />);
    await userEvent.click(screen.getByRole("button", { name: "Konferenz starten" }));
    // The generator loads on demand, so the new address follows a moment later.
    await vi.waitFor(() => expect(window.location.pathname).toMatch(/^\/(?:[A-Z][a-z]{2,7}){6}$/));
    // The meeting page opens the invitation for the person who just made the room.
    expect(window.history.state).toEqual({ created: true });
  });

  it("tells the page's starter when its start form is alive", () => {
    const alive = vi.fn();
    window.addEventListener(WAIT_FOR_APP.readyEvent, alive);
    renderWithI18n(<LandingPage />);
    window.removeEventListener(WAIT_FOR_APP.readyEvent, alive);
    const form = screen.getByRole("button", { name: "Konferenz starten" }).closest("form");
    expect(form?.hasAttribute(WAIT_FOR_APP.attribute)).toBe(true);
    expect(alive).toHaveBeenCalledWith(expect.objectContaining({ target: form }));
  });

  it("joins the room of a pasted link", async () => {
    renderWithI18n(<LandingPage />);
    await userEvent.type(
      screen.getByRole("textbox", { name: "Raumname oder Link" }),
      "  https://konferenz.bretten.de/ApfelWolkeGeigeTurmKatzeBrot?lang=de#config.x=1 ",
    );
    await userEvent.click(screen.getByRole("button", { name: "Beitreten" }));
    expect(window.location.pathname).toBe("/ApfelWolkeGeigeTurmKatzeBrot");
  });

  it("explains an empty entry inline and keeps the focus in the field", async () => {
    renderWithI18n(<LandingPage />);
    const field = screen.getByRole("textbox", { name: "Raumname oder Link" });
    await userEvent.type(field, "  ");
    await userEvent.click(screen.getByRole("button", { name: "Beitreten" }));
    expect(screen.getByRole("alert")).toHaveTextContent(
      "Bitte geben Sie einen Raumnamen oder einen Link ein.",
    );
    expect(field).toHaveAttribute("aria-invalid", "true");
    expect(field).toHaveFocus();
    expect(field).toHaveValue("  ");
    expect(window.location.pathname).toBe("/");
  });

  it("writes a Cyrillic name in Latin letters: the warning for a short name names it", async () => {
    renderWithI18n(<LandingPage />);
    await userEvent.click(screen.getByRole("textbox", { name: "Raumname oder Link" }));
    await userEvent.paste("Оля 2024");
    await userEvent.click(screen.getByRole("button", { name: "Beitreten" }));
    expect(screen.getByRole("alert")).toHaveTextContent("„Olia2024“");
  });

  it("opens the room of a long Cyrillic name", async () => {
    renderWithI18n(<LandingPage />);
    await userEvent.click(screen.getByRole("textbox", { name: "Raumname oder Link" }));
    await userEvent.paste("Петро у бабусі Ганни");
    await userEvent.click(screen.getByRole("button", { name: "Beitreten" }));
    expect(window.location.pathname).toBe("/PetroUBabusiHanny");
  });

  it("refuses letters it cannot write in a room name, in the visitor's language", async () => {
    renderWithI18n(<LandingPage />);
    const field = screen.getByRole("textbox", { name: "Raumname oder Link" });
    await userEvent.click(field);
    await userEvent.paste("محمد 2024");
    await userEvent.click(screen.getByRole("button", { name: "Beitreten" }));
    expect(screen.getByRole("alert")).toHaveTextContent(
      "Diese Buchstaben kann ein Raumname nicht enthalten.",
    );
    expect(field).toHaveAttribute("aria-invalid", "true");
    expect(field).toHaveValue("محمد 2024");
    expect(window.location.pathname).toBe("/");
  });

  it("refuses the app's own pages as room names, keeping what was typed", async () => {
    renderWithI18n(<LandingPage />);
    const field = screen.getByRole("textbox", { name: "Raumname oder Link" });
    await userEvent.type(field, "Impressum");
    await userEvent.click(screen.getByRole("button", { name: "Beitreten" }));
    expect(screen.getByRole("alert")).toHaveTextContent(/reserviert/);
    expect(field).toHaveValue("Impressum");
  });

  it("warns gently about a guessable name and offers a safe one in one click", async () => {
    renderWithI18n(<LandingPage />);
    await userEvent.type(screen.getByRole("textbox", { name: "Raumname oder Link" }), "Familie");
    await userEvent.click(screen.getByRole("button", { name: "Beitreten" }));
    expect(screen.getByRole("alert")).toHaveTextContent("„Familie“ ist leicht zu erraten");
    expect(window.location.pathname).toBe("/");
    await userEvent.click(screen.getByRole("button", { name: "Sicheren Namen verwenden" }));
    await vi.waitFor(() => expect(window.location.pathname).toMatch(/^\/(?:[A-Z][a-z]{2,7}){6}$/));
  });

  it("still lets people open the guessable room they agreed on", async () => {
    renderWithI18n(<LandingPage />);
    await userEvent.type(screen.getByRole("textbox", { name: "Raumname oder Link" }), "familie");
    await userEvent.click(screen.getByRole("button", { name: "Beitreten" }));
    await userEvent.click(screen.getByRole("button", { name: "Trotzdem „Familie“ öffnen" }));
    expect(window.location.pathname).toBe("/Familie");
  });
});

describe("LandingPage: what was typed comes back", () => {
  beforeEach(() => window.history.replaceState(null, "", "/"));

  it("after going to the room and coming back with the back button", async () => {
    const first = renderWithI18n(<LandingPage />);
    await userEvent.type(
      screen.getByRole("textbox", { name: "Raumname oder Link" }),
      "Oma Erna Geburtstag",
    );
    await userEvent.click(screen.getByRole("button", { name: "Beitreten" }));
    expect(window.location.pathname).toBe("/OmaErnaGeburtstag");
    first.unmount();

    const back = new Promise((resolve) =>
      window.addEventListener("popstate", resolve, { once: true }),
    );
    window.history.back();
    await back;
    expect(window.location.pathname).toBe("/");
    renderWithI18n(<LandingPage />);
    expect(screen.getByRole("textbox", { name: "Raumname oder Link" })).toHaveValue(
      "Oma Erna Geburtstag",
    );
  });

  it("when a page sends the person home with it", () => {
    window.history.replaceState({ typedRoomInput: "familie-mueller" }, "", "/");
    renderWithI18n(<LandingPage />);
    expect(screen.getByRole("textbox", { name: "Raumname oder Link" })).toHaveValue(
      "familie-mueller",
    );
  });
});
