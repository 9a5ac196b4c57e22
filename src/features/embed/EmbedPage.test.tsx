import { screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it } from "vitest";
import { renderWithI18n } from "../../test/render";
import EmbedPage from "./EmbedPage";

describe("EmbedPage", () => {
  it("previews exactly the code it offers, and copies it", async () => {
    const user = userEvent.setup();
    renderWithI18n(<EmbedPage />);
    expect(
      screen.getByRole("heading", { level: 1, name: "Schaltfläche für Ihre Website" }),
    ).toBeVisible();
    const badge = screen.getByRole("link", {
      name: "Peter ruft Paul: Videokonferenz der Stadt Bretten starten",
    });
    expect(badge).toHaveAttribute("href", `${window.location.origin}/`);
    const code = screen.getByRole("textbox", {
      name: "HTML-Code der Schaltfläche",
    }) as HTMLTextAreaElement;
    // Parsed the same way, the offered code and the preview are the same markup.
    const pasted = document.createElement("div");
    pasted.innerHTML = code.value;
    expect(pasted.innerHTML).toBe(badge.parentElement?.innerHTML);

    await user.click(screen.getByRole("button", { name: "Code kopieren" }));
    expect(await navigator.clipboard.readText()).toBe(code.value);
    expect(screen.getByRole("status")).toHaveTextContent("Der Code ist kopiert.");
  });
});
