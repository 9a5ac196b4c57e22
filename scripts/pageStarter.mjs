// The small inline script of the prerendered pages (the start page and the pages about the
// service). scripts/buildSite.mjs writes `pageStarter` into each page as it is written here, called
// with the entry and its steps; the CSP admits it by its hash.
//
// Why it waits: those pages are complete as HTML. Links, the language list and both forms work
// without the app, so a visitor who only reads never waits for it. On a weak phone, bringing React
// to life costs tasks of 50–80 ms (react-dom's own start alone is one), and a tap that lands in
// one waits. So once the page has loaded and the browser is idle, the starter only fetches the
// app's files (modulepreload: loaded and compiled, not run), and runs the app at the first sign of
// a person: a touch, a pointer over the page, a key, a focus. By the time the finger lifts, the
// files are there.
//
// A tap straight onto "Konferenz starten" comes a moment after the touch that starts the app,
// before the app is up. Sent its own way, to /neu, it would load a second page and start the app
// there (2.4 s to the call on a slow phone and line in `npm run bench`; held, 0.7–0.8 s). So that
// form (it carries HOLD.attribute) is held, and marked busy (its note shows): the app starts, and
// what the call needs first is fetched beside it (the call's chunks and the Jitsi server's
// external_api.js, named by the build; already when a finger or pointer comes down on the form).
// An app that finds the form waiting when it starts does its job (it fires HOLD.takenEvent): it
// makes the room and draws the call, without bringing the start page to life first. A form sent
// while the app is already on its way in is sent again once the app has brought it to life (the
// form fires HOLD.readyEvent). If the app cannot be loaded, or has not come within HOLD.waitMs,
// the form goes its own way after all. The join form always goes its own way before the app is
// up: /beitreten is served the app, which finishes the job there
// (src/features/landing/FormFallbacks.tsx), and nothing typed is lost.
//
// A page that needs the app at once gets it at once, after the paint: one whose history entry
// carries state (the typed text kept, a check to answer), or whose HTML was made for another address
// (a static server's index.html fallback for a room link). So does a browser the start page may
// have to warn before anyone tries (src/features/landing/browserSupport.ts): one without WebRTC or
// a camera API, or one from before 2021 (no Array.prototype.at: every browser below Jitsi's minimum
// and some just above it, which simply start as before).

/**
 * The form that waits for the app (src/config/paths.ts names the same; a test keeps them equal).
 * The app fires `readyEvent` from the form once it has brought it to life (send it again), or
 * `takenEvent` when it does the form's job itself (let it go).
 */
export const HOLD = {
  attribute: "data-wait-for-app",
  readyEvent: "app-form-ready",
  takenEvent: "app-form-taken",
  waitMs: 8000,
};

/**
 * @param {string} src the entry script
 * @param {string[]} steps the chunks the entry imports in steps, fetched ahead
 * @param {typeof HOLD & { fetch: string[], ahead: string[] }} hold the form that waits for the
 *   app; `ahead`: what a page with that form fetches with the entry's steps (the room name maker:
 *   small, and every start needs it); `fetch`: the rest of what the call needs first, fetched with
 *   `ahead` (again, should the tap come first) when a finger or pointer comes down on the form, or
 *   when it is sent
 */
export function pageStarter(src, steps, hold) {
  const intents = ["pointerdown", "touchstart", "keydown", "mouseover", "focusin"];
  let started = false;
  let held = null;
  const ready = new WeakSet();
  const unhold = () => {
    const { form, submitter } = held;
    held = null;
    form.removeAttribute("aria-busy");
    return { form, submitter };
  };
  // The app did not come: the held form goes its own way (submit() sends it without an event).
  const release = () => held && unhold().form.submit();
  const load = (n = 0) =>
    import(n ? `${src}?retry=${n}` : src).catch(() => {
      release();
      navigator.onLine
        ? setTimeout(load, 2e3 * Math.min(n + 1, 15), n + 1)
        : addEventListener("online", () => load(n + 1), { once: true });
    });
  const start = () => {
    if (started) return;
    started = true;
    for (const type of intents) removeEventListener(type, start, true);
    load();
  };
  for (const type of intents) addEventListener(type, start, { capture: true, passive: true });
  let fetching = false;
  // What the call needs first comes beside the app: its chunks, their styles, the Jitsi server's
  // script (another origin: a classic script, as the app will load it). crossOrigin as Vite's
  // loader asks for its chunks and styles, or the fetch is not reused.
  const fetchCallFirst = () => {
    if (fetching) return;
    fetching = true;
    for (const href of [...hold.ahead, ...hold.fetch]) {
      const link = document.createElement("link");
      if (href.endsWith(".css"))
        Object.assign(link, { rel: "preload", as: "style", crossOrigin: "" });
      else if (new URL(href, location.href).origin !== location.origin)
        Object.assign(link, { rel: "preload", as: "script" });
      else Object.assign(link, { rel: "modulepreload", crossOrigin: "" });
      link.href = href;
      document.head.append(link);
    }
  };
  // A finger or a pointer coming down on the form before the app is up: it is about to be sent.
  const imminent = (event) => {
    const form = event.target.closest?.(`[${hold.attribute}]`);
    if (form && !ready.has(form)) fetchCallFirst();
  };
  for (const type of ["pointerdown", "touchstart"])
    addEventListener(type, imminent, { capture: true, passive: true });
  addEventListener(
    "submit",
    (event) => {
      const form = event.target;
      if (ready.has(form) || !form.hasAttribute?.(hold.attribute)) return;
      event.preventDefault();
      if (held) return; // a second tap while the first waits
      const mine = { form, submitter: event.submitter };
      held = mine;
      form.setAttribute("aria-busy", "true");
      start();
      fetchCallFirst();
      setTimeout(() => held === mine && release(), hold.waitMs);
    },
    true,
  );
  addEventListener(
    hold.readyEvent,
    (event) => {
      ready.add(event.target);
      if (held?.form !== event.target) return;
      const { form, submitter } = unhold();
      if (form.requestSubmit) form.requestSubmit(submitter);
      else (submitter ?? form.querySelector("[type=submit]"))?.click();
    },
    true,
  );
  // Taken: the app draws the room over the form, which stays busy (its note showing) until then.
  addEventListener(
    hold.takenEvent,
    (event) => {
      if (held?.form === event.target) held = null;
    },
    true,
  );
  const root = document.getElementById("root");
  const needsAppNow =
    history.state !== null ||
    root?.getAttribute("data-page") !== location.pathname + location.search ||
    !window.RTCPeerConnection ||
    !navigator.mediaDevices?.getUserMedia ||
    !Array.prototype.at;
  const afterPaint = () => {
    const ahead = document.querySelector(`[${hold.attribute}]`) ? hold.ahead : [];
    for (const href of [...steps, ...ahead]) {
      document.head.append(
        Object.assign(document.createElement("link"), {
          rel: "modulepreload",
          crossOrigin: "",
          href,
        }),
      );
    }
    if (needsAppNow) start();
  };
  // The files are fetched once the page has loaded and the browser is idle, out of the way of the
  // first paint; a page that needs the app at once starts it after the paint. A hidden tab paints
  // nothing (and runs no animation frame): it does both at once.
  const whenIdle = () =>
    window.requestIdleCallback
      ? requestIdleCallback(afterPaint, { timeout: 1000 })
      : setTimeout(afterPaint, 200);
  if (document.visibilityState === "hidden") afterPaint();
  else if (needsAppNow) requestAnimationFrame(() => setTimeout(afterPaint));
  else if (document.readyState === "complete") whenIdle();
  else addEventListener("load", whenIdle, { once: true });
}

/** The starter as the inline script's text, for `src` and `steps`. */
export function pageStarterScript(src, steps, callFirst = [], ahead = []) {
  const hold = { ...HOLD, fetch: callFirst, ahead };
  const args = [src, steps, hold].map((arg) => JSON.stringify(arg));
  const text = `(${pageStarter.toString()})(${args.join(",")});`;
  if (text.includes("</")) throw new Error("pageStarter: the script would end its element early.");
  return text;
}
