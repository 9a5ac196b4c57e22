import { findLanguage } from "../i18n/languages";
import { type StickyParamRule, setStickyParams } from "../lib/history";

/**
 * The query parameters that stay with the person while they move through the app and into the
 * links they share: the chosen language (`?lang=tr`), kept in the address, never in a cookie. A
 * value the site has is carried on as the site spells it (`?lang=TR` as `tr`); one that means
 * nothing here (`?lang=xx`) is dropped, so links carry exactly what the page served for that
 * address carries.
 */
export const STICKY_PARAMS: Readonly<Record<string, StickyParamRule>> = {
  lang: (value) => findLanguage(value)?.code ?? null,
};

/** Tells lib/history which parameters to carry; the app does it once, before its first render. */
export function keepStickyParams(): void {
  setStickyParams(STICKY_PARAMS);
}
