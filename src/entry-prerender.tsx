/**
 * Build-time rendering of the pages that are the same for everyone: the start page and the pages
 * about the service. scripts/buildSite.mjs bundles this for Node and writes each page's HTML into
 * the build, so the page is readable before (and without) its script; main.tsx then hydrates it.
 */
import { StrictMode } from "react";
import { prerenderToNodeStream } from "react-dom/static";
import { App } from "./app/App";
import { config } from "./config";
import { externalApiAddress } from "./config/jitsiDomain";
import { initI18n } from "./i18n";
import { LANGUAGES } from "./i18n/languages";
import { takeServerTitle } from "./lib/document";
import { setServerPath } from "./lib/history";

export { PRERENDERED_PAGES } from "./config/paths";

/** The script the call loads from the Jitsi server, fetched early for a start that waits. */
export const CALL_API = externalApiAddress(config.jitsiDomain);

/** Every page is rendered in every language: nginx serves the one the visitor asks for. */
export const PAGE_LANGUAGES = LANGUAGES.map(({ code, dir }) => ({ code, dir }));

export interface RenderedPage {
  /** The markup inside <div id="root">. */
  html: string;
  /** The page's own title, for <title>. */
  title: string;
  /** What search engines show under the title, in the page's language. */
  description: string;
}

/**
 * Renders one page as the browser's first render will see it: in `language`, no browser facts.
 * `address` is the path, with `?lang=` where the language was chosen in the address.
 */
export async function renderPage(address: string, language = "de"): Promise<RenderedPage> {
  const i18n = initI18n();
  await i18n.changeLanguage(language);
  setServerPath(address);
  // prerender waits for every lazily loaded page and text, unlike renderToString.
  const { prelude } = await prerenderToNodeStream(
    <StrictMode>
      <App prerendered />
    </StrictMode>,
    // A page whose text passes React's chunk size (12,800 bytes: the privacy statement in
    // Ukrainian, Arabic or Leichte Sprache) would come out split, with inline scripts to put it
    // together; the CSP blocks them and hydration fails. Every page comes out whole.
    { progressiveChunkSize: 1_000_000 },
  );
  const chunks: Buffer[] = [];
  for await (const chunk of prelude) chunks.push(Buffer.from(chunk));
  const { appName, town } = config.tenant;
  return {
    html: Buffer.concat(chunks).toString("utf8"),
    title: takeServerTitle(),
    description: `${appName} – ${i18n.t("landing.lead", { town })}`,
  };
}
