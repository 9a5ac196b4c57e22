import { type AnchorHTMLAttributes, type MouseEvent, useSyncExternalStore } from "react";
import { navigate, subscribeToNavigation, withStickyParams } from "../lib/history";

/**
 * A real link (works without JavaScript and in new tabs) that navigates in place when it can. Its
 * address carries the chosen language along (`?lang=tr`), so a copied link keeps it too.
 */
export function Link({
  to,
  onClick,
  ...rest
}: { to: string } & AnchorHTMLAttributes<HTMLAnchorElement>) {
  // The prerendered page already carries the chosen language in its links (nginx serves the
  // variant for the address), so hydration reads the same address as every later render.
  const stickyHref = () => withStickyParams(to);
  const href = useSyncExternalStore(subscribeToNavigation, stickyHref, stickyHref);
  const handleClick = (event: MouseEvent<HTMLAnchorElement>) => {
    onClick?.(event);
    if (
      event.defaultPrevented ||
      event.button !== 0 ||
      event.metaKey ||
      event.ctrlKey ||
      event.shiftKey ||
      event.altKey
    ) {
      return;
    }
    event.preventDefault();
    navigate(to);
  };
  return <a href={href} onClick={handleClick} {...rest} />;
}
