import { screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { afterEach, describe, expect, it, vi } from "vitest";
import { renderWithI18n } from "../../test/render";
import { SharePanel } from "./SharePanel";

vi.mock("../../config/dialInConfig", () => ({
  dialInConfig: {
    numbersUrl: "https://meet.bretten.de/static/dialin.json",
    confCodeUrl: "https://meet.bretten.de/conferenceMapper",
    mucDomain: "muc.meet.jitsi",
  },
}));

const ROOM = "ApfelWolkeGeigeTurmKatzeBrot";
const LINE = "Ohne Internet? Rufen Sie an: 07252 12345-0, dann die PIN 1234 5678 #";

/** The town's two services, as a mapper made for Jitsi answers. */
function answer(url: string): Response {
  if (url.startsWith("https://meet.bretten.de/static/dialin.json?conference=")) {
    return Response.json([
      { countryCode: "DE", tollFree: false, formattedNumber: "07252 12345-0" },
    ]);
  }
  const conference = new URL(url).searchParams.get("conference");
  return Response.json({ id: 12345678, conference });
}

async function openPanel() {
  const user = userEvent.setup();
  renderWithI18n(<SharePanel open onClose={() => {}} room={ROOM} />);
  return { user, dialog: await screen.findByRole("dialog", { name: "Personen einladen" }) };
}

afterEach(() => {
  vi.unstubAllGlobals();
});

// Generous timeouts: the first render loads i18n and the panel, slow on a busy CI machine.
describe("SharePanel with phone dial-in", { timeout: 20_000 }, () => {
  it("shows number and PIN, and puts them into the invitation text", async () => {
    const fetch = vi.fn(async (url: string) => answer(url));
    vi.stubGlobal("fetch", fetch);
    const { dialog } = await openPanel();
    const phone = await within(dialog).findByRole(
      "region",
      { name: "Ohne Internet: per Telefon dabei" },
      { timeout: 5000 },
    );
    expect(within(phone).getByRole("link", { name: "07252 12345-0" })).toHaveAttribute(
      "href",
      "tel:07252123450",
    );
    expect(within(phone).getByText("1234 5678 #")).toHaveAttribute("aria-hidden", "true");
    expect(
      within(phone).getByText("PIN 1 2 3 4, 5 6 7 8, dann die Raute-Taste"),
    ).toBeInTheDocument();
    const message = within(dialog).getByRole("region", { name: "Einladung verschicken" });
    expect(within(message).getByText(LINE, { exact: false })).toBeInTheDocument();
    expect(fetch.mock.calls.map(([url]) => url).sort()).toEqual([
      "https://meet.bretten.de/conferenceMapper?conference=apfelwolkegeigeturmkatzebrot@muc.meet.jitsi",
      "https://meet.bretten.de/static/dialin.json?conference=apfelwolkegeigeturmkatzebrot@muc.meet.jitsi",
    ]);
  });

  it("leaves the phone part out, without an error, when a service fails", async () => {
    const fetch = vi.fn(async (url: string) =>
      url.includes("conferenceMapper") ? new Response("nope", { status: 500 }) : answer(url),
    );
    vi.stubGlobal("fetch", fetch);
    const { dialog } = await openPanel();
    const message = within(dialog).getByRole("region", { name: "Einladung verschicken" });
    // Let both answers arrive and be read, then look.
    await vi.waitFor(() => expect(fetch).toHaveBeenCalledTimes(2));
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(within(message).getByText(/Bis bald!/)).toBeInTheDocument();
    expect(within(dialog).queryByText(/Ohne Internet/)).not.toBeInTheDocument();
    expect(within(dialog).queryByRole("alert")).not.toBeInTheDocument();
  });
});
