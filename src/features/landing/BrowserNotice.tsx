import { useState } from "react";
import { useTranslation } from "react-i18next";
import { readBrowserEnv } from "../../lib/browserSupport";
import { useIsClient } from "../../lib/useIsClient";
import { type BrowserSupport, detectBrowserSupport } from "./browserSupport";
// Its styles (./BrowserNotice.css) are in the stylesheet the HTML carries: src/main.tsx.

/**
 * Tells people on a browser that cannot hold a call so before they try, and what to use
 * instead. Shows nothing at all on a working browser.
 */
export function BrowserNotice({ support }: { support?: BrowserSupport }) {
  const { t } = useTranslation();
  const [detected] = useState(() => support ?? detectBrowserSupport(readBrowserEnv()));
  // The prerendered page cannot know the browser: the notice appears once the script runs.
  const isClient = useIsClient();
  if (!isClient || detected.supported) return null;
  return (
    <section className="browser-notice" aria-labelledby="browser-notice-heading">
      <h2 id="browser-notice-heading">{t("landing.browser.heading")}</h2>
      <p>{t(`landing.browser.${detected.reason}`)}</p>
    </section>
  );
}
