/**
 * Build-time rendering of the pages that are the same for everyone: the start page and the pages
 * about the service. scripts/buildSite.mjs bundles this for Node and writes each page's HTML into
 * the build, so the page is readable before (and without) its script; main.tsx then hydrates it.
 */
import { StrictMode } from "react";
import { prerenderToNodeStream } from "react-dom/static";
import { App } from "./app/App";
import { PATHS } from "./config/paths";
import { initI18n } from "./i18n";
import { takeServerTitle } from "./lib/document";
import { setServerPath } from "./lib/history";

/** Each prerendered path and the file nginx serves it from (deploy/nginx/app.conf). */
export const PRERENDERED_PAGES: Record<string, string> = {
  [PATHS.home]: "index.html",
  [PATHS.imprint]: "impressum.html",
  [PATHS.privacy]: "datenschutz.html",
  [PATHS.accessibility]: "barrierefreiheit.html",
  [PATHS.help]: "hilfe.html",
  [PATHS.easyLanguage]: "leichte-sprache.html",
};

export interface RenderedPage {
  /** The markup inside <div id="root">. */
  html: string;
  /** The page's own title, for <title>. */
  title: string;
}

/** Renders one page as the browser's first render will see it: German, no browser facts. */
export async function renderPage(path: string): Promise<RenderedPage> {
  const i18n = initI18n();
  await i18n.changeLanguage("de");
  setServerPath(path);
  // prerender waits for every lazily loaded page and text, unlike renderToString.
  const { prelude } = await prerenderToNodeStream(
    <StrictMode>
      <App />
    </StrictMode>,
  );
  const chunks: Buffer[] = [];
  for await (const chunk of prelude) chunks.push(Buffer.from(chunk));
  return { html: Buffer.concat(chunks).toString("utf8"), title: takeServerTitle() };
}
