import { type FormEvent, useEffect } from "react";
import { useTranslation } from "react-i18next";
import { PATHS } from "../../config/paths";
import { navigate } from "../../lib/history";
import { StickyParamFields } from "./StickyParamFields";

// The word list is the biggest part of the generator: it is not part of the start page's first
// load, but follows right after it (and at once when someone reaches for the button), so a click
// still works if the connection drops in between.
const loadGenerator = () => import("../rooms/createRoomName");

export function prefetchRoomGenerator() {
  void loadGenerator();
}

/**
 * Creates an unguessable room and enters it; the meeting page then offers the invitation. When the
 * generator cannot be loaded (the line dropped before it arrived), the click still leads somewhere:
 * /neu, which explains the problem and makes the room once the connection is back.
 */
export async function startNewMeeting({ replace = false }: { replace?: boolean } = {}) {
  let generator: Awaited<ReturnType<typeof loadGenerator>>;
  try {
    generator = await loadGenerator();
  } catch (error) {
    if (!replace) navigate(PATHS.newRoom);
    throw error;
  }
  navigate(`/${generator.createRoomName()}`, { replace, state: { created: true } });
}

/**
 * "Konferenz starten". A real form: clicked before the page's script has run (a weak line), it
 * opens /neu, where the app creates the room. `onPrepare` is told as soon as someone reaches for
 * the button (pointer, focus, touch), so the call's code can be fetched ahead.
 */
export function StartButton({ onPrepare }: { onPrepare?: () => void }) {
  const { t } = useTranslation();
  useEffect(prefetchRoomGenerator, []);
  const prepare = () => {
    prefetchRoomGenerator();
    onPrepare?.();
  };
  const start = (event: FormEvent) => {
    event.preventDefault();
    // A failure has already led to /neu, which explains it.
    startNewMeeting().catch(() => {});
  };
  return (
    <form action={PATHS.newRoom} method="get" className="start-form" onSubmit={start}>
      <StickyParamFields />
      <button
        type="submit"
        className="button button-primary button-large"
        onPointerEnter={prepare}
        onFocus={prepare}
        onTouchStart={prepare}
      >
        {t("landing.start.button")}
      </button>
    </form>
  );
}
