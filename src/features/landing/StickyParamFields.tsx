import { useSyncExternalStore } from "react";
import { stickyParams, subscribeToNavigation } from "../../lib/history";

const stickyQuery = () => new URLSearchParams(stickyParams()).toString();

/**
 * The start page's forms carry the address's sticky parameters (a chosen `?lang=tr`) on, as its
 * links do: sent before the script ran, /neu and /beitreten then keep the choice. A language the
 * browser picked is not in the address, so it is not forced on the guests of the room.
 */
export function StickyParamFields() {
  const query = useSyncExternalStore(subscribeToNavigation, stickyQuery, stickyQuery);
  return [...new URLSearchParams(query)].map(([name, value]) => (
    <input key={name} type="hidden" name={name} value={value} />
  ));
}
