import { StrictMode } from "react";
import { createRoot, hydrateRoot } from "react-dom/client";
import { App } from "./app/App";
import { initI18n } from "./i18n";
import "virtual:tenant-theme.css";
import "./app/global.css";

initI18n();

const root = document.getElementById("root");
// The start page and the pages about the service come prerendered (scripts/buildSite.mjs): their
// HTML is brought to life. Every other page (a room) starts from the empty shell, app.html.
if (root?.firstElementChild) {
  hydrateRoot(
    root,
    <StrictMode>
      <App prerendered />
    </StrictMode>,
  );
} else if (root) {
  createRoot(root).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
}
