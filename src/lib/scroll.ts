/** Scrolling after in-app navigation, which (unlike a page load) the browser does not do itself. */

export function scrollToTop() {
  window.scrollTo(0, 0);
}

/**
 * Scrolls to the element a `#fragment` names once it exists (lazily loaded pages render late) and
 * moves the keyboard focus there. Returns false when there is no such element.
 */
export function scrollToFragment(hash: string): boolean {
  let id: string;
  try {
    id = decodeURIComponent(hash.replace(/^#/, ""));
  } catch {
    return false; // a malformed %-sequence names no element
  }
  if (!id) return false;
  const target = document.getElementById(id);
  if (!target) return false;
  if (!target.hasAttribute("tabindex")) target.setAttribute("tabindex", "-1");
  target.focus({ preventScroll: true });
  target.scrollIntoView();
  return true;
}

/** Moves the keyboard focus to an element (one with tabindex="-1" if it is not a control). */
export function focusById(id: string) {
  document.getElementById(id)?.focus({ preventScroll: true });
}
