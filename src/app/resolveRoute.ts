import { PATHS, RESERVED_PATHS } from "../config/paths";
import { roomFromPath } from "../domain/rooms/parseRoomInput";

/** Pages loaded on demand: about the service (legal pages, help, Leichte Sprache) and the embed code. */
export type InfoPageName =
  | "imprint"
  | "privacy"
  | "accessibility"
  | "help"
  | "easyLanguage"
  | "embed";

export type Route =
  | { name: "home" }
  | { name: "goodbye" }
  /** The start page's forms, submitted before the page's script ran (see PATHS.newRoom). */
  | { name: "newRoom" }
  | { name: "join" }
  | { name: "info"; page: InfoPageName }
  | { name: "meeting"; room: string }
  | { name: "notFound" };

const INFO_PAGE_BY_PATH: Record<string, InfoPageName> = {
  [PATHS.imprint]: "imprint",
  [PATHS.privacy]: "privacy",
  [PATHS.accessibility]: "accessibility",
  [PATHS.help]: "help",
  [PATHS.easyLanguage]: "easyLanguage",
  [PATHS.embed]: "embed",
};

/** Maps a pathname to a page. Pure, so every odd path can be tested without a browser. */
export function resolveRoute(pathname: string): Route {
  if (pathname === PATHS.home || pathname === "") return { name: "home" };
  // Paths are exact and lower case, as printed in letters and on the town's website; a trailing
  // slash is forgiven.
  const trimmed = pathname.replace(/\/+$/, "");
  if (trimmed === PATHS.goodbye) return { name: "goodbye" };
  if (trimmed === PATHS.newRoom) return { name: "newRoom" };
  if (trimmed === PATHS.join) return { name: "join" };
  const page = Object.hasOwn(INFO_PAGE_BY_PATH, trimmed) ? INFO_PAGE_BY_PATH[trimmed] : undefined;
  if (page) return { name: "info", page };
  const room = roomFromPath(pathname, RESERVED_PATHS);
  return room ? { name: "meeting", room } : { name: "notFound" };
}
