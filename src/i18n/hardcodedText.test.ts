import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { describe, expect, it } from "vitest";
import { findHardcodedText } from "../test/hardcodedText";

const SRC = join(__dirname, "..");

function componentFiles(dir = SRC): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === "test" ? [] : componentFiles(path);
    return entry.name.endsWith(".tsx") && !entry.name.endsWith(".test.tsx") ? [path] : [];
  });
}

describe("no hard-coded visible text", () => {
  const files = componentFiles();

  it("reads the components (so the rule below checks something)", () => {
    expect(files.length).toBeGreaterThan(10);
  });

  it("every visible string in a component comes from a locale file through t()", () => {
    const findings = files.flatMap((file) =>
      findHardcodedText(readFileSync(file, "utf8")).map(
        ({ line, text }) => `${relative(SRC, file)}:${line} ${JSON.stringify(text)}`,
      ),
    );
    expect(findings).toEqual([]);
  });
});

describe("findHardcodedText (so the check above can fail)", () => {
  it("finds text between tags, literal children and visible attributes", () => {
    const source = `
      export function Bad({ busy }: { busy: boolean }) {
        return (
          <section aria-label="Hauptbereich">
            <h1>Willkommen</h1>
            <p>{"Bitte warten"}</p>
            <p>{busy ? "Lädt" : \`Fertig\`}</p>
            <img alt="Logo" src="/logo.svg" />
            <p>مرحبا</p>
          </section>
        );
      }`;
    expect(findHardcodedText(source).map((finding) => finding.text)).toEqual([
      "Hauptbereich",
      "Willkommen",
      "Bitte warten",
      "Lädt",
      "Fertig",
      "Logo",
      "مرحبا",
    ]);
  });

  it("lets through t(), data, punctuation and attributes nobody sees", () => {
    const source = `
      export function Good({ t, room }: { t: (k: string) => string; room: string }) {
        return (
          <section aria-label={t("main.label")} className="main-card" id="start">
            <h1>{t("main.title")}</h1>
            <p>{t("room.label")}: {room} – {" "}</p>
            <a href="/hilfe#kamera" rel="noopener">{t("help")}</a>
          </section>
        );
      }`;
    expect(findHardcodedText(source)).toEqual([]);
  });
});
