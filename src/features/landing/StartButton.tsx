import { type FormEvent, useEffect } from "react";
import { useTranslation } from "react-i18next";
import { PATHS } from "../../config/paths";
import { prefetchRoomGenerator, startMeeting } from "../../lib/startMeeting";
import { StickyParamFields } from "./StickyParamFields";

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
    startMeeting().catch(() => {});
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
