import { StrictMode } from "react";
import { createRoot, hydrateRoot } from "react-dom/client";
import { App } from "./app/App";
import { changeLanguage, initI18n } from "./i18n";
import { setDocumentLanguage } from "./lib/language";
import "virtual:tenant-theme.css";
import "./app/global.css";

// The language the page was prerendered in. i18n starts in German and marks the document so; a
// Turkish or Arabic page keeps its own marks (and direction) while its texts load.
const pageLanguage = document.documentElement.lang || "de";
const pageDir = document.documentElement.dir === "rtl" ? "rtl" : "ltr";
initI18n();
setDocumentLanguage(pageLanguage, pageDir);

const root = document.getElementById("root");
// The start page and the pages about the service come prerendered in the visitor's language
// (scripts/buildSite.mjs, nginx picks the file): their HTML is brought to life in that same
// language. Every other page (a room) starts from the empty shell, app.html.
if (root?.firstElementChild) {
  const hydrate = () =>
    hydrateRoot(
      root,
      <StrictMode>
        <App prerendered />
      </StrictMode>,
    );
  // A language chunk that fails to load: German texts, and React redraws what differs.
  changeLanguage(pageLanguage).then(hydrate, hydrate);
} else if (root) {
  createRoot(root).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
}
