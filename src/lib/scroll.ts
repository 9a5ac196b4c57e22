/** Scrolling after in-app navigation, which (unlike a page load) the browser does not do itself. */

export function scrollToTop() {
  window.scrollTo(0, 0);
}

/** Moves the keyboard focus to an element (one with tabindex="-1" if it is not a control). */
export function focusById(id: string) {
  document.getElementById(id)?.focus({ preventScroll: true });
}

/** Whether the keyboard focus is on an element inside the element with this id. */
export function focusIsWithin(id: string): boolean {
  const active = document.activeElement;
  const container = document.getElementById(id);
  return !!active && !!container && active !== container && container.contains(active);
}
