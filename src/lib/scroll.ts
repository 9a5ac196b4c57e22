/** Scrolling after in-app navigation, which (unlike a page load) the browser does not do itself. */

export function scrollToTop() {
  window.scrollTo(0, 0);
}

/** Moves the keyboard focus to an element (one with tabindex="-1" if it is not a control). */
export function focusById(id: string) {
  document.getElementById(id)?.focus({ preventScroll: true });
}
