import { PATHS, RESERVED_PATHS } from "../config/paths";
import { roomFromPath } from "../features/rooms/parseRoomInput";

export type Route =
  | { name: "home" }
  | { name: "goodbye" }
  | { name: "meeting"; room: string }
  | { name: "notFound" };

/** Maps a pathname to a page. Pure, so every odd path can be tested without a browser. */
export function resolveRoute(pathname: string): Route {
  if (pathname === PATHS.home || pathname === "") return { name: "home" };
  if (pathname.replace(/\/+$/, "") === PATHS.goodbye) return { name: "goodbye" };
  const room = roomFromPath(pathname, RESERVED_PATHS);
  return room ? { name: "meeting", room } : { name: "notFound" };
}
