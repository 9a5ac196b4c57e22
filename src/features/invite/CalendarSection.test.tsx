import { screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import ICAL from "ical.js";
import { describe, expect, it } from "vitest";
import de from "../../../locales/de/invite.json";
import { registerNamespace } from "../../i18n";
import { recordDownloads } from "../../test/downloads";
import { renderWithI18n } from "../../test/render";
import { CalendarSection } from "./CalendarSection";

const LINK = "https://konferenz.bretten.de/ApfelWolkeGeigeTurmKatzeBrot";
registerNamespace("invite", { de }); // as SharePanel does
const files = recordDownloads();

async function downloadedEvent() {
  const [file] = files;
  if (!file) throw new Error("no file");
  const vevent = new ICAL.Component(ICAL.parse(await file.blob.text())).getFirstSubcomponent(
    "vevent",
  );
  if (!vevent) throw new Error("no VEVENT");
  return vevent;
}

describe("CalendarSection: repeat", () => {
  it("offers once, every week and every two weeks as a labelled group, once chosen", () => {
    renderWithI18n(<CalendarSection link={LINK} />);
    const group = screen.getByRole("group", { name: "Wiederholen" });
    const options = within(group).getAllByRole("radio");
    expect(options.map((o) => o.closest("label")?.textContent)).toEqual([
      "Einmal",
      "Jede Woche",
      "Alle zwei Wochen",
    ]);
    expect(within(group).getByRole("radio", { name: "Einmal" })).toBeChecked();
  });

  it("every week: one entry with a weekly rule and the note that the link stays the same", async () => {
    const user = userEvent.setup();
    renderWithI18n(<CalendarSection link={LINK} />);
    await user.click(screen.getByRole("radio", { name: "Jede Woche" }));
    await user.click(screen.getByRole("button", { name: "Kalenderdatei herunterladen" }));
    const vevent = await downloadedEvent();
    expect(String(vevent.getFirstPropertyValue("rrule"))).toBe("FREQ=WEEKLY");
    const description = String(vevent.getFirstPropertyValue("description"));
    expect(description).toContain(LINK);
    expect(description).toMatch(
      /\n\nDieser Termin wiederholt sich\. Der Link bleibt jedes Mal derselbe\.$/,
    );
  });

  it("every two weeks: INTERVAL=2; once: no rule and no note", async () => {
    const user = userEvent.setup();
    renderWithI18n(<CalendarSection link={LINK} />);
    const download = screen.getByRole("button", { name: "Kalenderdatei herunterladen" });
    await user.click(screen.getByRole("radio", { name: "Alle zwei Wochen" }));
    await user.click(download);
    expect(String((await downloadedEvent()).getFirstPropertyValue("rrule"))).toBe(
      "FREQ=WEEKLY;INTERVAL=2",
    );
    files.length = 0;
    await user.click(screen.getByRole("radio", { name: "Einmal" }));
    await user.click(download);
    const once = await downloadedEvent();
    expect(once.getFirstPropertyValue("rrule")).toBeNull();
    expect(String(once.getFirstPropertyValue("description"))).not.toContain("Link bleibt");
  });
});
