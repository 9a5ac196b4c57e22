import { STICKY_PARAMS } from "./stickyParams";

/** The footer's id: a prerendered page paints once its HTML has arrived down to it (buildSite). */
export const PAGE_END_ID = "site-footer";

/**
 * The attribute of the root element that names the address a prerendered page was made for:
 * `<div id="root" data-page="/hilfe?lang=tr">` (scripts/buildSite.mjs writes it).
 */
export const PAGE_ADDRESS_ATTRIBUTE = "data-page";

/** What of an address's query shapes a page's HTML: its sticky parameters, as links carry them. */
function carriedParams(search: string): string {
  const query = new URLSearchParams(search);
  return Object.entries(STICKY_PARAMS)
    .map(([name, normalise]) => {
      const value = query.get(name);
      return `${name}=${value === null ? "" : (normalise(value) ?? "")}`;
    })
    .join("&");
}

/**
 * Whether the prerendered HTML in the page was made for the address the browser shows, so the app
 * may hydrate it. Not so behind a static server that answers every unknown path with index.html
 * (a room link gets the start page's HTML): the app then draws its page afresh. `pageAddress` is
 * the root's data-page, missing in the empty shell and in HTML from before it was written.
 */
export function isPrerenderedFor(
  pageAddress: string | null | undefined,
  here: { pathname: string; search: string },
): boolean {
  if (!pageAddress?.startsWith("/")) return false;
  const base = "http://page.invalid";
  const page = new URL(pageAddress, base);
  if (page.origin !== base) return false;
  return (
    page.pathname === here.pathname && carriedParams(page.search) === carriedParams(here.search)
  );
}
