import { type FormEvent, useEffect, useRef } from "react";
import { useTranslation } from "react-i18next";
import { PATHS, WAIT_FOR_APP } from "../../config/paths";
import { prefetchRoomGenerator, startMeeting } from "../../lib/startMeeting";
import { StickyParamFields } from "./StickyParamFields";

/**
 * "Konferenz starten". A real form: sent before the app is up, the page's starter holds it (and
 * shows the note below) until the app takes it as it starts (src/app/boot.tsx) or, sent while the
 * app is already on its way in, until this form tells it is alive, then sends it again
 * (scripts/pageStarter.mjs); without script, or if the app cannot be loaded, it opens /neu, where
 * the app creates the room. `onPrepare` is told as
 * soon as someone reaches for the button (pointer, focus, touch), so the call's code can be
 * fetched ahead.
 */
export function StartButton({ onPrepare }: { onPrepare?: () => void }) {
  const { t } = useTranslation();
  const button = useRef<HTMLButtonElement>(null);
  const prepare = () => {
    prefetchRoomGenerator();
    onPrepare?.();
  };
  // The app comes to life when someone reaches for the page (scripts/pageStarter.mjs): a pointer
  // already over the button, or the focus on it, was that reach.
  // biome-ignore lint/correctness/useExhaustiveDependencies: runs once, when the page comes to life.
  useEffect(() => {
    prefetchRoomGenerator();
    if (button.current?.matches(":hover, :focus")) onPrepare?.();
    button.current?.form?.dispatchEvent(new Event(WAIT_FOR_APP.readyEvent, { bubbles: true }));
  }, []);
  const start = (event: FormEvent) => {
    event.preventDefault();
    // A failure has already led to /neu, which explains it.
    startMeeting().catch(() => {});
  };
  return (
    <form
      action={PATHS.newRoom}
      method="get"
      className="start-form"
      onSubmit={start}
      {...{ [WAIT_FOR_APP.attribute]: "" }}
    >
      <StickyParamFields />
      <button
        ref={button}
        type="submit"
        className="button button-primary button-large"
        onPointerEnter={prepare}
        onFocus={prepare}
        onTouchStart={prepare}
      >
        {t("landing.start.button")}
      </button>
      {/* Shown while the page's starter holds the form for the app (aria-busy): on a slow line
          that can take seconds, and a tap must show that it was heard. */}
      <p className="start-wait">{t("landing.start.wait")}</p>
    </form>
  );
}
