import { type FormEvent, useEffect, useId, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { JOIN_PARAM, PATHS, RESERVED_PATHS } from "../../config/paths";
import { currentState, navigate } from "../../lib/history";
import { replaceCurrentState } from "../../lib/historyState";
import { parseRoomInput, type RoomInputResult } from "../rooms/parseRoomInput";
import { CHECK_TYPED_INPUT_KEY, stateWithTypedInput, typedInputFrom } from "../rooms/typedInput";
import { startNewMeeting } from "./StartButton";
import { StickyParamFields } from "./StickyParamFields";

type Feedback = Extract<RoomInputResult, { ok: false }>["reason"] | { guessable: string } | null;

/**
 * Joins a room by name or pasted link. What the person typed stays in the field on every error,
 * and comes back with them (back button, "Zur Startseite", reload): it rides in history state.
 * Sent before the page's script has run, the form goes to /beitreten (JoinRedirect), which brings
 * the text back here with the check's answer.
 */
export function JoinForm() {
  const { t } = useTranslation();
  const [value, setValue] = useState(() => typedInputFrom(currentState()));
  const [feedback, setFeedback] = useState<Feedback>(null);
  const inputRef = useRef<HTMLInputElement>(null);
  const id = useId();
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;

  const openRoom = (room: string, typed = value) => {
    navigate(`/${room}`, { state: stateWithTypedInput(null, typed) });
  };

  const check = (typed: string) => {
    replaceCurrentState(stateWithTypedInput(currentState(), typed));
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
    check(value);
  };

  // Once, after the prerendered page comes to life: text typed into the field before the script
  // ran is kept; otherwise the field shows what history remembers. A form sent early (via
  // /beitreten) gets its answer now.
  // biome-ignore lint/correctness/useExhaustiveDependencies: runs once, with the first render's value.
  useEffect(() => {
    const field = inputRef.current;
    if (!field) return;
    const typedEarly = field.value;
    if (typedEarly && typedEarly !== value) setValue(typedEarly);
    else if (typedEarly !== value) field.value = value;
    // check() rewrites the history state without the request: it is answered once.
    if (hasCheckRequest(currentState())) check(typedEarly || value);
  }, []);

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
        <div className="warning" role="alert">
          <p>{t("landing.join.guessable.text", { room: guessable })}</p>
          <div className="actions">
            <button
              type="button"
              className="button button-primary"
              onClick={() => startNewMeeting().catch(() => {})}
            >
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

function hasCheckRequest(state: unknown): boolean {
  return typeof state === "object" && state !== null && CHECK_TYPED_INPUT_KEY in state;
}
