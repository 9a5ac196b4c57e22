import { changeNavigationState, readNavigationState } from "../domain/navigationState";

/**
 * A #fragment of key=value pairs (a guest's `#gast=Oma%20Erna`) is moved out of the address into
 * the history entry's state, where it stays for reloads and back/forward but is no longer part of
 * the URL: Jitsi's external_api.js parses the host page's `location.hash` as JSON values when it
 * loads (jitsi-meet modules/API/constants.js → react/features/base/util/parseURLParams.ts) and
 * reports `gast=Oma%20Erna` as an error through window.onerror. It also keeps the name out of
 * screenshots of the address bar and out of the browser's list of visited addresses.
 * A plain anchor such as `#kamera` stays where it is.
 */

/**
 * Takes the fragment's parameters out of the address (if there are any) and returns them, with
 * "#", as the address had them; later calls, and a reload, get the same from the history state.
 * "" when there is none. Never throws.
 */
export function takeFragmentParams(): string {
  if (typeof window === "undefined") return "";
  const { hash, pathname, search } = window.location;
  if (hash.includes("=")) {
    try {
      const state = changeNavigationState(window.history.state, { fragment: hash });
      window.history.replaceState(state, "", pathname + search);
    } catch {
      // A browser may refuse; the name still reaches the page, only the address keeps it.
    }
    return hash;
  }
  return readNavigationState(window.history.state).fragment ?? "";
}
