import { useTranslation } from "react-i18next";
import { navigate } from "../../lib/history";
import { createRoomName } from "../rooms/createRoomName";

export function startNewMeeting() {
  navigate(`/${createRoomName()}`);
}

export function StartButton() {
  const { t } = useTranslation();
  return (
    <button type="button" className="button button-primary button-large" onClick={startNewMeeting}>
      {t("landing.start.button")}
    </button>
  );
}
