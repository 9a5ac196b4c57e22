import { type FormEvent, useId, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { RESERVED_PATHS } from "../../config/paths";
import { currentState, navigate } from "../../lib/history";
import { replaceCurrentState } from "../../lib/historyState";
import { parseRoomInput, type RoomInputResult } from "../rooms/parseRoomInput";
import { stateWithTypedInput, typedInputFrom } from "../rooms/typedInput";
import { startNewMeeting } from "./StartButton";

type Feedback = Extract<RoomInputResult, { ok: false }>["reason"] | { guessable: string } | null;

/**
 * Joins a room by name or pasted link. What the person typed stays in the field on every error,
 * and comes back with them (back button, "Zur Startseite", reload): it rides in history state.
 */
export function JoinForm() {
  const { t } = useTranslation();
  const [value, setValue] = useState(() => typedInputFrom(currentState()));
  const [feedback, setFeedback] = useState<Feedback>(null);
  const inputRef = useRef<HTMLInputElement>(null);
  const id = useId();
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;

  const openRoom = (room: string) => {
    navigate(`/${room}`, { state: stateWithTypedInput(null, value) });
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    replaceCurrentState(stateWithTypedInput(currentState(), value));
    const result = parseRoomInput(value, { reservedPaths: RESERVED_PATHS });
    if (!result.ok) {
      setFeedback(result.reason);
      inputRef.current?.focus();
    } else if (result.guessable) {
      setFeedback({ guessable: result.room });
    } else {
      openRoom(result.room);
    }
  };

  const error = typeof feedback === "string" ? feedback : null;
  const guessable = feedback && typeof feedback === "object" ? feedback.guessable : null;

  return (
    <form className="join-form" onSubmit={submit} noValidate>
      <label htmlFor={id}>{t("landing.join.label")}</label>
      <p id={hintId} className="hint">
        {t("landing.join.hint")}
      </p>
      <input
        ref={inputRef}
        id={id}
        name="room"
        type="text"
        inputMode="url"
        autoComplete="off"
        autoCapitalize="off"
        spellCheck={false}
        value={value}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${hintId} ${errorId}` : hintId}
        onChange={(event) => {
          setValue(event.target.value);
          if (feedback) setFeedback(null);
        }}
      />
      {error && (
        <p id={errorId} className="field-error" role="alert">
          {t(`landing.join.errors.${error}`)}
        </p>
      )}
      {guessable ? (
        <div className="warning" role="alert">
          <p>{t("landing.join.guessable.text", { room: guessable })}</p>
          <div className="actions">
            <button type="button" className="button button-primary" onClick={startNewMeeting}>
              {t("landing.join.guessable.useSafe")}
            </button>
            <button
              type="button"
              className="button button-secondary"
              onClick={() => openRoom(guessable)}
            >
              {t("landing.join.guessable.continue", { room: guessable })}
            </button>
          </div>
        </div>
      ) : (
        <button type="submit" className="button button-secondary">
          {t("landing.join.button")}
        </button>
      )}
    </form>
  );
}
