import { expect, test, waitForHydration } from "./fixtures";

/** The footer's links, in order, as every page but the running call shows them. */
const FOOTER = ["Impressum", "Datenschutz", "Barrierefreiheit", "Hilfe", "Leichte Sprache"];

test.describe("legal pages, help and Leichte Sprache", () => {
  test("every page but the call has the footer, and its links lead to the pages", async ({
    page,
  }) => {
    const pages: [string, RegExp][] = [
      ["Impressum", /^Impressum$/],
      ["Datenschutz", /^Datenschutzerklärung$/],
      ["Barrierefreiheit", /^Erklärung zur Barrierefreiheit$/],
      ["Hilfe", /^Hilfe$/],
      ["Leichte Sprache", /in Leichter Sprache$/],
    ];
    await page.goto("/");
    // The moves below are the app's own; a click before it runs is a plain page load.
    await waitForHydration(page);
    const footer = page.getByRole("contentinfo");
    await expect(footer.getByRole("navigation").getByRole("link")).toHaveText(FOOTER);
    for (const [link, heading] of pages) {
      await footer.getByRole("link", { name: link, exact: true }).click();
      await expect(page.getByRole("heading", { level: 1 })).toHaveText(heading);
      await expect(footer.getByRole("link", { name: link, exact: true })).toHaveAttribute(
        "aria-current",
        "page",
      );
      // After in-app navigation the focus is on the new page's content, not left in the footer.
      await expect(page.locator("main")).toBeFocused();
    }
    await page.goto("/auf-wiedersehen");
    await expect(page.getByRole("contentinfo").getByRole("link")).toHaveCount(FOOTER.length + 1);
    await page.goto("/ab");
    await expect(page.getByRole("contentinfo").getByRole("link")).toHaveCount(FOOTER.length + 1);
  });

  test("the running call has no footer over it", async ({ page }) => {
    await page.goto("/ApfelWolkeGeigeTurmKatzeBrot");
    await expect(page.locator("iframe")).toBeVisible();
    await expect(page.getByRole("contentinfo")).toHaveCount(0);
    await expect(page.getByRole("link", { name: "Impressum" })).toHaveCount(0);
  });

  test("the imprint names the town as provider, its address, representative and contact", async ({
    page,
  }) => {
    await page.goto("/impressum");
    const main = page.getByRole("main");
    await expect(main).toContainText("§ 5 Digitale-Dienste-Gesetz");
    await expect(main).toContainText("Stadt Bretten");
    await expect(main).toContainText("Untere Kirchgasse 9");
    await expect(main).toContainText("75015 Bretten");
    await expect(main).toContainText("Oberbürgermeister Martin Wolff");
    await expect(main.getByRole("link", { name: "info@bretten.de" })).toHaveAttribute(
      "href",
      "mailto:info@bretten.de",
    );
    await expect(main.getByRole("link", { name: "07252 921-0" })).toHaveAttribute(
      "href",
      "tel:072529210",
    );
    // Until the town's legal office confirms the data, the page says it is a draft.
    await expect(main.getByRole("note")).toContainText("Entwurf");
  });

  test("the privacy policy covers what Art. 13 GDPR asks and what the call really does", async ({
    page,
  }) => {
    await page.goto("/datenschutz");
    const main = page.getByRole("main");
    for (const heading of [
      "Verantwortlich",
      "Datenschutzbeauftragte",
      "Beim Aufruf dieser Website",
      "In einer Videokonferenz",
      "Was auf Ihrem Gerät gespeichert wird",
      "Rechtsgrundlage",
      "Wie lange Daten gespeichert werden",
      "Wer Ihre Daten bekommt",
      "Keine Übermittlung in Länder außerhalb der EU",
      "Ihre Rechte",
      "Beschwerde bei der Aufsichtsbehörde",
    ]) {
      await expect(main.getByRole("heading", { level: 2, name: heading })).toBeVisible();
    }
    await expect(main).toContainText("jitsiLocalStorage");
    await expect(main).toContainText("nicht aufgezeichnet");
    await expect(main).toContainText("nach 7 Tagen gelöscht");
    await expect(main).toContainText("datenschutz@bretten.de");
    await expect(main).toContainText(
      "Der Landesbeauftragte für den Datenschutz und die Informationsfreiheit Baden-Württemberg",
    );
    await expect(main).toContainText("Lautenschlagerstraße 20");
    await expect(main).toContainText("70173 Stuttgart");
  });

  test("the accessibility statement has the sections of the L-BGG template", async ({ page }) => {
    await page.goto("/barrierefreiheit");
    const main = page.getByRole("main");
    for (const heading of [
      "Wie barrierefrei ist diese Website?",
      "Was nicht barrierefrei ist",
      "Wie diese Erklärung entstanden ist",
      "Barrieren melden",
      "Schlichtungsverfahren",
    ]) {
      await expect(main.getByRole("heading", { level: 2, name: heading })).toBeVisible();
    }
    await expect(main).toContainText("teilweise mit den Anforderungen vereinbar");
    await expect(main).toContainText("am 28. November 2026 erstellt");
    await expect(main).toContainText("Landeszentrum Barrierefreiheit");
    await expect(main).toContainText("Else-Josenhans-Straße 6");
    await expect(main.getByRole("link", { name: "info@bretten.de" })).toBeVisible();
  });

  test("help sections have ids other pages can link to", async ({ page }) => {
    await page.goto("/hilfe#kamera");
    const heading = page.getByRole("heading", { level: 2, name: "Kamera und Mikrofon erlauben" });
    await expect(heading).toHaveAttribute("id", "kamera");
    await expect(heading).toBeInViewport();
    for (const id of [
      "computer",
      "iphone",
      "android",
      "kein-ton-kein-bild",
      "browser",
      "familie",
      "sicherheit",
    ]) {
      await expect(page.locator(`h2#${id}`)).toHaveCount(1);
    }
    // Keeping a room for the family: the link stays valid, anyone with it can enter, the lobby.
    const family = page.locator("section", { has: page.locator("h2#familie") });
    await expect(family).toContainText("Der Link bleibt gültig");
    await expect(family).toContainText("Jeder, der den Link hat, kann hinein");
    await expect(family).toContainText("Warteraum (Lobby)");
    await expect(page.getByRole("main")).toContainText("keine Bankverbindungen");
    // The table of contents jumps to a section.
    await page.getByRole("link", { name: "Kein Ton oder kein Bild" }).click();
    await expect(page).toHaveURL(/\/hilfe#kein-ton-kein-bild$/);
    await expect(page.locator("#kein-ton-kein-bild")).toBeInViewport();
  });

  test("the Leichte Sprache page explains the start page and marks the sign-language video's place", async ({
    page,
  }) => {
    await page.goto("/leichte-sprache");
    const main = page.getByRole("main");
    await expect(main.getByRole("heading", { name: "Gebärden-Sprache" })).toBeVisible();
    await expect(main.getByRole("note", { name: "Platzhalter" })).toContainText(
      "Video in Deutscher Gebärden-Sprache",
    );
    await expect(main.getByRole("heading", { name: "Was ist Peter ruft Paul?" })).toBeVisible();
    await expect(main.getByRole("heading", { name: "Barriere-Freiheit" })).toBeVisible();
    await main.getByRole("link", { name: "Alle Seiten in Leichter Sprache" }).click();
    await expect(page).toHaveURL(/\/\?lang=de-x-ls$/);
    await expect(page.locator("html")).toHaveAttribute("lang", "de-x-ls");
  });

  test("the pages load on demand: the start page does not fetch their code or texts", async ({
    page,
  }) => {
    const scripts: string[] = [];
    page.on("request", (request) => {
      if (request.resourceType() === "script") scripts.push(new URL(request.url()).pathname);
    });
    await page.goto("/");
    // The prerendered start page shows its buttons before its script: wait until the app runs,
    // or nothing could have been fetched yet and the check below would prove nothing.
    await waitForHydration(page);
    await page.waitForLoadState("networkidle");
    expect(scripts.filter((path) => /Page-|legalTexts/.test(path))).toEqual([]);
    // An in-app move: the privacy page's code comes only now.
    await page.getByRole("link", { name: "Datenschutz" }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Datenschutzerklärung");
    expect(scripts.some((path) => /PrivacyPage-/.test(path))).toBe(true);
  });
});
