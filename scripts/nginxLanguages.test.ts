// @vitest-environment node
import { type ChildProcess, spawn } from "node:child_process";
import { chmodSync, mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { acceptLanguageTags, LANGUAGES, resolveLanguage } from "../src/i18n/languages.ts";
import { ACCEPT_LANGUAGE_HEADERS } from "../tests/acceptLanguageHeaders.ts";
import { HEADERS_SNIPPET, LANGUAGES_SNIPPET, renderMain, renderSite } from "./nginxConfig.mjs";
import { nginxLanguageMaps } from "./nginxLanguages.ts";
import { nginxHeaderSnippet, securityHeaders } from "./securityHeaders.ts";

describe("nginxLanguageMaps", () => {
  it("lists every language of the site for ?lang= and guesses only those without a subtag", () => {
    const maps = nginxLanguageMaps();
    const fromAddress = maps.match(/map \$arg_lang \$prp_lang_from_address \{([^}]+)\}/)?.[1];
    const listed = [...(fromAddress ?? "").matchAll(/^\s*([a-z-]+) \1;$/gm)].map((m) => m[1]);
    expect(listed).toEqual(LANGUAGES.map((l) => l.code));
    const guessed = [...maps.matchAll(/^\s*"~\*[^"]+" ([a-z-]+);$/gm)].map((m) => m[1]);
    expect(guessed).toEqual(["en", "tr", "uk", "ar"]);
  });

  it("refuses a language code that could change the config", () => {
    const evil = { ...(LANGUAGES[0] as (typeof LANGUAGES)[number]), code: "de; }" };
    expect(() => nginxLanguageMaps([evil])).toThrow(/unsafe language code/);
  });
});

/** nginx with the generated maps on a scratch build whose pages say their language. */
async function startNginx(): Promise<{ base: string; log: () => string; stop: () => void }> {
  const dist = mkdtempSync(join(tmpdir(), "prp-lang-dist-"));
  chmodSync(dist, 0o755); // nginx's workers may run as another user
  mkdirSync(join(dist, ".nginx"));
  const headers = securityHeaders({ jitsiOrigin: "https://meet.bretten.de", frameAncestors: [] });
  writeFileSync(join(dist, HEADERS_SNIPPET), nginxHeaderSnippet(headers));
  writeFileSync(join(dist, LANGUAGES_SNIPPET), nginxLanguageMaps());
  writeFileSync(join(dist, "index.html"), "<!doctype html>");
  for (const { code } of LANGUAGES) {
    mkdirSync(join(dist, "_pages", code, "chosen"), { recursive: true });
    writeFileSync(join(dist, "_pages", code, "hilfe.html"), `<html lang="${code}">`);
    writeFileSync(join(dist, "_pages", code, "chosen", "hilfe.html"), `<html lang="${code}">`);
  }
  const work = mkdtempSync(join(tmpdir(), "prp-lang-nginx-"));
  for (const dir of ["client_body", "proxy", "fastcgi", "uwsgi", "scgi"])
    mkdirSync(join(work, dir));
  const port = await freePort();
  writeFileSync(join(work, "nginx.conf"), renderMain({ work, site: renderSite({ port, dist }) }));
  let log = "";
  const nginx: ChildProcess = spawn(
    "nginx",
    ["-c", join(work, "nginx.conf"), "-p", work, "-e", "stderr"],
    {
      stdio: ["ignore", "ignore", "pipe"],
    },
  );
  nginx.stderr?.on("data", (chunk) => {
    log += chunk;
  });
  const base = `http://127.0.0.1:${port}`;
  for (let i = 0; i < 100 && !(await fetch(base).catch(() => null)); i++) {
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  return { base, log: () => log, stop: () => nginx.kill("SIGTERM") };
}

function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const server = createServer().listen(0, "127.0.0.1", () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

describe("the language nginx serves", () => {
  let nginx: Awaited<ReturnType<typeof startNginx>>;
  beforeAll(async () => {
    nginx = await startNginx();
  });
  afterAll(() => nginx?.stop());

  const served = async (header: string, query = "") => {
    const page = await fetch(`${nginx.base}/hilfe${query}`, {
      headers: { "Accept-Language": header },
    });
    return (await page.text()).match(/<html lang="([^"]+)">/)?.[1];
  };

  it.each(
    ACCEPT_LANGUAGE_HEADERS.map(([header, language]) => [header.slice(0, 40), language, header]),
  )("Accept-Language %j: %s, as the app picks it", async (_shown, language, header) => {
    expect(await served(header)).toBe(language);
    expect(resolveLanguage(null, acceptLanguageTags(header))).toBe(language);
  });

  it("a language chosen in the address wins; one the site does not have is ignored", async () => {
    expect(await served("en", "?lang=uk")).toBe("uk");
    expect(await served("en", "?lang=de-x-ls")).toBe("de-x-ls");
    expect(await served("tr", "?lang=xx")).toBe("tr");
    // As findLanguage does, whatever the case.
    expect(await served("tr", "?lang=EN")).toBe(resolveLanguage("EN", ["tr"]));
  });

  it("matches a hostile header without a regex failure in the error log", async () => {
    expect(await served(`${"  x,".repeat(1500)}tr`)).toBe("tr");
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(nginx.log()).not.toMatch(/pcre|failed/i);
  });
});
