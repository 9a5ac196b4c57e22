import "virtual:tenant-theme.css";
import "./app/global.css";
// The start page's own styles belong to the stylesheet the HTML carries (scripts/buildSite.mjs
// inlines it); imported by the app's step, they would be one more request before hydration.
import "./features/landing/BrowserNotice.css";

// The entry is tiny and brings the app in steps, each evaluated in a task of its own: React and
// react-dom in one, the app (its components and i18next) in the next, then i18next's set-up, then
// hydration in slices (src/app/boot.tsx). As one script, their evaluation was one task of ~80 ms
// on a phone four times slower than a laptop, during which a tap had to wait. The HTML names the
// chunks as modulepreload (vite.config.ts), so they load in parallel with this one.

/** Lets the browser in (a tap, a paint) before the next step: scheduler.yield where available. */
function nextTask(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  if (typeof scheduler?.yield === "function") return scheduler.yield();
  return new Promise((resolve) => setTimeout(resolve));
}

const root = document.getElementById("root");
// A promise chain, not top-level await: that needs Chrome 89 and Safari 15, and the site still
// starts on the older browsers it supports (src/features/landing/browserSupport.ts).
if (root) {
  import("react-dom/client")
    .then(nextTask)
    .then(() => import("./app/boot"))
    .then(({ boot }) => boot(root, nextTask));
}
