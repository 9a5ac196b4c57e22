import { PATHS } from "../config/paths";
import { navigate } from "./history";

// The word list is the biggest part of the generator: it is not part of the start page's first
// load, but follows right after it (and at once when someone reaches for a start button), so a
// click still works if the connection drops in between.
const loadGenerator = () => import("../domain/rooms/createRoomName");

export function prefetchRoomGenerator(): void {
  // A failure here stays silent: the click loads it again and handles it.
  loadGenerator().catch(() => {});
}

/**
 * The one way to start a meeting ("Konferenz starten", "Neue Konferenz", "Sichere Konferenz
 * starten"): makes an unguessable room and enters it; the meeting page then offers the
 * invitation. When the generator cannot be loaded (the line dropped before it arrived), the
 * click still leads somewhere: /neu, which explains the problem and makes the room once the
 * connection is back. `replace`: /neu itself, which must not stay in the history.
 */
export async function startMeeting({ replace = false }: { replace?: boolean } = {}): Promise<void> {
  let generator: Awaited<ReturnType<typeof loadGenerator>>;
  try {
    generator = await loadGenerator();
  } catch (error) {
    if (!replace) navigate(PATHS.newRoom);
    throw error;
  }
  navigate(`/${generator.createRoomName()}`, { replace, state: { created: true } });
}
