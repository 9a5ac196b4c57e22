import { useEffect } from "react";
import { useTranslation } from "react-i18next";
import { navigate } from "../../lib/history";

// The word list is the biggest part of the generator: it is not part of the start page's first
// load, but follows right after it (and at once when someone reaches for the button), so a click
// still works if the connection drops in between.
const loadGenerator = () => import("../rooms/createRoomName");

export function prefetchRoomGenerator() {
  void loadGenerator();
}

/** Creates an unguessable room and enters it; the meeting page then offers the invitation. */
export async function startNewMeeting() {
  const { createRoomName } = await loadGenerator();
  navigate(`/${createRoomName()}`, { state: { created: true } });
}

export function StartButton() {
  const { t } = useTranslation();
  useEffect(prefetchRoomGenerator, []);
  return (
    <button
      type="button"
      className="button button-primary button-large"
      onClick={startNewMeeting}
      onPointerEnter={prefetchRoomGenerator}
      onFocus={prefetchRoomGenerator}
      onTouchStart={prefetchRoomGenerator}
    >
      {t("landing.start.button")}
    </button>
  );
}
