import { useTranslation } from "react-i18next";

/**
 * A room name others could guess ("familie", "Oma"): the safe way (a new unguessable room) comes
 * first and is the primary button; going on into the typed room stays possible.
 */
export function GuessableWarning({
  room,
  onUseSafe,
  onContinue,
}: {
  room: string;
  onUseSafe: () => void;
  onContinue: () => void;
}) {
  const { t } = useTranslation();
  return (
    <div className="warning" role="alert">
      <p>{t("landing.join.guessable.text", { room })}</p>
      <div className="actions">
        <button type="button" className="button button-primary" onClick={onUseSafe}>
          {t("landing.join.guessable.useSafe")}
        </button>
        <button type="button" className="button button-secondary" onClick={onContinue}>
          {t("landing.join.guessable.continue", { room })}
        </button>
      </div>
    </div>
  );
}
