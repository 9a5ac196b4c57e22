import { StrictMode, startTransition } from "react";
import { createRoot, hydrateRoot } from "react-dom/client";
import { WAIT_FOR_APP } from "../config/paths";
import { changeLanguage, initI18n } from "../i18n";
import { startMeeting } from "../lib/startMeeting";
import { App, prepareMeeting } from "./App";
import { isPrerenderedFor, PAGE_ADDRESS_ATTRIBUTE } from "./prerenderedFor";

/**
 * Brings the page to life (src/main.tsx loads this module in a task of its own). The start page and
 * the pages about the service come prerendered in the visitor's language (scripts/buildSite.mjs,
 * nginx picks the file): their HTML is hydrated in that same language. Every other page (a room)
 * starts from the empty shell, app.html, and so does a page whose HTML was made for another
 * address: a static server that answers unknown paths with index.html hands a room link the start
 * page, which the app then replaces.
 */
export function boot(root: HTMLElement, nextTask: () => Promise<void>): void {
  // The language the page was prerendered in; it keeps its marks while its texts load.
  const pageLanguage = document.documentElement.lang || "de";
  if (
    root.firstElementChild &&
    isPrerenderedFor(root.getAttribute(PAGE_ADDRESS_ATTRIBUTE), window.location)
  ) {
    // In a transition React hydrates in slices of a few milliseconds and lets the browser in
    // between, so a weak phone's main thread is never blocked for long; the page is readable and
    // its forms work meanwhile. A tap on a part not yet hydrated makes React finish it at once
    // and then handles the tap.
    const hydrate = () =>
      startTransition(() => {
        hydrateRoot(
          root,
          <StrictMode>
            <App prerendered />
          </StrictMode>,
        );
      });
    // "Konferenz starten" was sent before the app was up and waits for it (the starter marked it
    // busy, and has fetched the call's files): the app does its job straight away.
    const waiting = root.querySelector(`[${WAIT_FOR_APP.attribute}][aria-busy="true"]`);
    if (waiting) {
      enterNewRoom(root, waiting, pageLanguage);
      return;
    }
    // i18next's set-up in a task of its own, after this module's evaluation: on a weak phone each
    // is a long task on its own already. A language chunk that fails to load: German texts, and
    // React redraws what differs.
    nextTask().then(() => changeLanguage(pageLanguage).then(hydrate, hydrate));
  } else {
    initI18n();
    render(root);
  }
}

function render(root: HTMLElement) {
  createRoot(root).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
}

/**
 * For a start page whose "Konferenz starten" waits: makes the room and draws the call afresh, in
 * the page's language, without bringing the start page to life first (that would cost a weak
 * phone ~150 ms before the call's first step). The starter lets the form go; a generator that
 * cannot be loaded leads to /neu, as the button's own way does (lib/startMeeting.ts).
 */
function enterNewRoom(root: HTMLElement, form: Element, pageLanguage: string) {
  form.dispatchEvent(new Event(WAIT_FOR_APP.takenEvent, { bubbles: true }));
  const code = prepareMeeting();
  const texts = changeLanguage(pageLanguage).catch(() => {});
  const room = startMeeting().catch(() => {});
  // Drawn once the call's code is here too, so the first thing drawn is the call.
  void Promise.all([code, texts, room]).then(() => render(root));
}
