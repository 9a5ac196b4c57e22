import { type FormEvent, useId, useState } from "react";
import { useTranslation } from "react-i18next";
import { JOIN_PARAM, PATHS, RESERVED_PATHS } from "../../config/paths";
import { withTypedInput } from "../../domain/navigationState";
import { parseRoomInput, type RoomInputResult } from "../../domain/rooms/parseRoomInput";
import { navigate } from "../../lib/history";
import { startMeeting } from "../../lib/startMeeting";
import { GuessableWarning } from "./GuessableWarning";
import { StickyParamFields } from "./StickyParamFields";
import { useEarlySubmit } from "./useEarlySubmit";
import { useTypedText } from "./useTypedText";

type Feedback = Extract<RoomInputResult, { ok: false }>["reason"] | { guessable: string } | null;

/**
 * Joins a room by name or pasted link. What the person typed stays in the field on every error,
 * and comes back with them (useTypedText). Sent before the page's script has run, the form goes
 * to /beitreten (JoinRedirect), which brings the text back here to be checked (useEarlySubmit).
 */
export function JoinForm() {
  const { t } = useTranslation();
  const { value, setValue, inputRef, remember } = useTypedText();
  const [feedback, setFeedback] = useState<Feedback>(null);
  const id = useId();
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;

  const openRoom = (room: string, typed = value) => {
    navigate(`/${room}`, { state: withTypedInput(null, typed) });
  };

  const check = (typed: string) => {
    remember(typed);
    const result = parseRoomInput(typed, { reservedPaths: RESERVED_PATHS });
    if (!result.ok) {
      setFeedback(result.reason);
      inputRef.current?.focus();
    } else if (result.guessable) {
      setFeedback({ guessable: result.room });
    } else {
      openRoom(result.room, typed);
    }
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    // The field as the person sees it: text typed just before the app took the page over may not
    // have reached its state yet.
    check(inputRef.current?.value ?? value);
  };

  useEarlySubmit(inputRef, check);

  const error = typeof feedback === "string" ? feedback : null;
  const guessable = feedback && typeof feedback === "object" ? feedback.guessable : null;

  return (
    <form className="join-form" action={PATHS.join} method="get" onSubmit={submit} noValidate>
      <StickyParamFields />
      <label htmlFor={id}>{t("landing.join.label")}</label>
      <p id={hintId} className="hint">
        {t("landing.join.hint")}
      </p>
      <input
        ref={inputRef}
        id={id}
        className="field-input"
        name={JOIN_PARAM}
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
        <GuessableWarning
          room={guessable}
          onUseSafe={() => startMeeting().catch(() => {})}
          onContinue={() => openRoom(guessable)}
        />
      ) : (
        <button type="submit" className="button button-secondary">
          {t("landing.join.button")}
        </button>
      )}
    </form>
  );
}
