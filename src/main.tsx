import { StrictMode } from "react";
import { createRoot, hydrateRoot } from "react-dom/client";
import { App } from "./app/App";
import { changeLanguage, initI18n } from "./i18n";
import "virtual:tenant-theme.css";
import "./app/global.css";

// The language the page was prerendered in; it keeps its marks while its texts load.
const pageLanguage = document.documentElement.lang || "de";
initI18n();

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
