import { screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import ICAL from "ical.js";
import { useState } from "react";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { recordDownloads } from "../../test/downloads";
import { renderWithI18n } from "../../test/render";
import { SharePanel } from "./SharePanel";

const ROOM = "ApfelWolkeGeigeTurmKatzeBrot";
const LINK = `${window.location.origin}/${ROOM}`;

/** The meeting page's part: a button that opens the panel, and the open state. */
function Harness() {
  const [open, setOpen] = useState(false);
  return (
    <>
      <button type="button" onClick={() => setOpen(true)}>
        Einladen
      </button>
      <SharePanel open={open} onClose={() => setOpen(false)} room={ROOM} />
    </>
  );
}

async function openPanel() {
  const user = userEvent.setup(); // gives the page a working clipboard to read back
  renderWithI18n(<Harness />);
  await user.click(screen.getByRole("button", { name: "Einladen" }));
  const dialog = screen.getByRole("dialog", { name: "Personen einladen" });
  return { user, dialog };
}

const nav = navigator as unknown as Record<string, unknown>;

describe("SharePanel", () => {
  beforeEach(() => {
    delete nav.share;
    delete nav.canShare;
  });
  afterEach(() => {
    delete nav.share;
    delete (document as unknown as Record<string, unknown>).execCommand;
  });

  it("opens as a labelled dialog, takes the focus, and gives it back on Escape", async () => {
    const { user, dialog } = await openPanel();
    expect(dialog).toHaveAttribute("open");
    expect(screen.getByRole("heading", { name: "Personen einladen" })).toHaveFocus();
    expect(within(dialog).getByText(LINK)).toBeVisible();

    await user.keyboard("{Escape}");
    expect(screen.queryByRole("dialog")).not.toBeInTheDocument();
    expect(screen.getByRole("button", { name: "Einladen" })).toHaveFocus();
  });

  it("closes with its big close button", async () => {
    const { user, dialog } = await openPanel();
    await user.click(within(dialog).getByRole("button", { name: "Schließen" }));
    expect(screen.queryByRole("dialog")).not.toBeInTheDocument();
  });

  it("copies the link and says so where screen readers hear it", async () => {
    const { user } = await openPanel();
    await user.click(screen.getByRole("button", { name: "Link kopieren" }));
    expect(await navigator.clipboard.readText()).toBe(LINK);
    const confirmation = screen.getByText(/Der Link ist kopiert/);
    expect(confirmation).toBeVisible();
    expect(confirmation.closest("[role=status]")).not.toBeNull();
  });

  it("falls back to selecting the text when the Clipboard API refuses", async () => {
    const { user } = await openPanel();
    vi.spyOn(navigator.clipboard, "writeText").mockRejectedValue(
      new DOMException("no", "NotAllowedError"),
    );
    let copied = "";
    (document as unknown as Record<string, unknown>).execCommand = (command: string) => {
      const area = document.activeElement as HTMLTextAreaElement;
      copied = command === "copy" ? area.value.slice(area.selectionStart, area.selectionEnd) : "";
      return true;
    };
    await user.click(screen.getByRole("button", { name: "Link kopieren" }));
    expect(copied).toBe(LINK);
    expect(screen.getByText(/Der Link ist kopiert/)).toBeVisible();
    expect(screen.getByRole("button", { name: "Link kopieren" })).toHaveFocus();
  });

  it("asks to copy by hand when no way of copying works", async () => {
    const { user } = await openPanel();
    vi.spyOn(navigator.clipboard, "writeText").mockRejectedValue(new Error("denied"));
    await user.click(screen.getByRole("button", { name: "Link kopieren" }));
    expect(screen.getByText(/Kopieren hat nicht geklappt/)).toBeVisible();
  });

  it("offers 'Teilen' only where the browser can share", async () => {
    await openPanel();
    expect(screen.queryByRole("button", { name: "Teilen" })).not.toBeInTheDocument();
  });

  it("shares the invitation with the link through the system's share sheet", async () => {
    const shared: unknown[] = [];
    nav.share = async (data: unknown) => {
      shared.push(data);
    };
    const { user } = await openPanel();
    await user.click(screen.getByRole("button", { name: "Teilen" }));
    expect(shared).toEqual([
      { title: "Einladung zum Videogespräch", text: expect.stringContaining(`\n${LINK}\n`) },
    ]);
  });

  it("shows the ready invitation and hands it to mail, SMS and WhatsApp as links", async () => {
    const { dialog } = await openPanel();
    expect(within(dialog).getByText(/Keine App und keine Anmeldung nötig/)).toBeVisible();
    const whatsapp = within(dialog).getByRole("link", { name: /^WhatsApp/ });
    const url = new URL(whatsapp.getAttribute("href") ?? "");
    expect(url.origin).toBe("https://wa.me");
    expect(url.searchParams.get("text")).toContain(LINK);
    expect(whatsapp).toHaveAttribute("target", "_blank");
    expect(within(dialog).getByRole("link", { name: "E-Mail" })).toHaveAttribute(
      "href",
      expect.stringMatching(/^mailto:\?subject=Einladung%20zum%20Videogespr%C3%A4ch&body=/),
    );
    expect(within(dialog).getByRole("link", { name: "SMS" })).toHaveAttribute(
      "href",
      expect.stringMatching(/^sms:\?&body=Hallo!/),
    );
  });

  it("shows the QR code as a named image", async () => {
    const { dialog } = await openPanel();
    const qr = within(dialog).getByRole("img", { name: "QR-Code mit dem Link zum Videogespräch" });
    expect(qr.tagName.toLowerCase()).toBe("svg");
    expect(qr.querySelector("path")?.getAttribute("d")).toMatch(/^M\d+ \d+h\d+v1h-\d+z/);
  });

  it("builds a personal Direkt-Link with the name in the fragment, to copy", async () => {
    const { user, dialog } = await openPanel();
    expect(within(dialog).getByText(/dann erscheint hier der Direkt-Link/)).toBeVisible();
    await user.type(within(dialog).getByRole("textbox", { name: "Name des Gastes" }), "Oma Erna");
    const guestLink = `${LINK}#gast=Oma%20Erna`;
    expect(within(dialog).getByText(guestLink)).toBeVisible();
    await user.click(within(dialog).getByRole("button", { name: "Direkt-Link kopieren" }));
    expect(await navigator.clipboard.readText()).toBe(guestLink);
    expect(within(dialog).getByText("Der Direkt-Link für Oma Erna ist kopiert.")).toBeVisible();
    const mail = within(dialog).getByRole("link", { name: "E-Mail an Oma Erna" });
    expect(decodeURIComponent(mail.getAttribute("href") ?? "")).toContain("Hallo Oma Erna!");
  });

  it("keeps the guest's name when the panel is closed and opened again", async () => {
    const { user, dialog } = await openPanel();
    await user.type(within(dialog).getByRole("textbox", { name: "Name des Gastes" }), "Opa Karl");
    await user.keyboard("{Escape}");
    await user.click(screen.getByRole("button", { name: "Einladen" }));
    expect(screen.getByRole("textbox", { name: "Name des Gastes" })).toHaveValue("Opa Karl");
  });
});

describe("SharePanel: Termin planen", () => {
  const files = recordDownloads();

  it("defaults to the next full hour", async () => {
    const { dialog } = await openPanel();
    const time = within(dialog).getByLabelText("Uhrzeit") as HTMLInputElement;
    const date = within(dialog).getByLabelText("Datum") as HTMLInputElement;
    expect(time.value).toMatch(/^\d{2}:00$/);
    const minutesAhead = (new Date(`${date.value}T${time.value}`).getTime() - Date.now()) / 60_000;
    expect(minutesAhead).toBeGreaterThan(0);
    expect(minutesAhead).toBeLessThanOrEqual(60);
  });

  it("downloads an .ics file that a calendar parser reads back with the link", async () => {
    const { user, dialog } = await openPanel();
    const date = within(dialog).getByLabelText("Datum");
    const time = within(dialog).getByLabelText("Uhrzeit");
    const title = within(dialog).getByLabelText("Titel (freiwillig)");
    await user.clear(date);
    await user.type(date, "2026-12-24");
    await user.clear(time);
    await user.type(time, "16:30");
    await user.clear(title);
    await user.type(title, "Weihnachten mit Oma");
    await user.click(within(dialog).getByRole("button", { name: "Kalenderdatei herunterladen" }));

    expect(files.map((file) => file.name)).toEqual(["Weihnachten-mit-Oma.ics"]);
    const [file] = files;
    if (!file) throw new Error("no file");
    expect(file.blob.type).toBe("text/calendar;charset=utf-8");
    const vevent = new ICAL.Component(ICAL.parse(await file.blob.text())).getFirstSubcomponent(
      "vevent",
    );
    if (!vevent) throw new Error("no VEVENT");
    const event = new ICAL.Event(vevent);
    expect(event.summary).toBe("Weihnachten mit Oma");
    expect(vevent.getFirstPropertyValue("url")).toBe(LINK);
    expect(event.description).toContain(LINK);
    expect(event.startDate.toJSDate()).toEqual(new Date(2026, 11, 24, 16, 30));
    expect(
      within(dialog).getByText("Die Kalenderdatei „Weihnachten-mit-Oma.ics“ ist heruntergeladen."),
    ).toBeVisible();
  });

  it("explains a missing date instead of downloading", async () => {
    const { user, dialog } = await openPanel();
    await user.clear(within(dialog).getByLabelText("Datum"));
    await user.click(within(dialog).getByRole("button", { name: "Kalenderdatei herunterladen" }));
    expect(within(dialog).getByRole("alert")).toHaveTextContent(
      "Bitte geben Sie ein gültiges Datum und eine Uhrzeit ein.",
    );
    expect(within(dialog).getByLabelText("Datum")).toHaveAttribute("aria-invalid", "true");
    expect(files).toEqual([]);
  });
});
