// Only lazily loaded pages jump to a #fragment, so this stays out of the start page's bundle.

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
