import { type RefObject, useEffect, useRef, useState } from "react";
import { typedInputChange } from "../../domain/navigationState";
import { changeCurrentState, currentState } from "../../lib/history";

/**
 * The join field's text, which is never lost: it starts with what the history entry remembers
 * (back button, "Zur Startseite", reload), `remember` writes it there, and text typed into the
 * prerendered field before the page's script ran is kept when the page comes to life.
 */
export function useTypedText(): {
  value: string;
  setValue: (value: string) => void;
  inputRef: RefObject<HTMLInputElement | null>;
  remember: (typed: string) => void;
} {
  const [value, setValue] = useState(() => currentState().typedRoomInput ?? "");
  const inputRef = useRef<HTMLInputElement>(null);

  // Once, after the prerendered page comes to life: the field's own text wins over history's.
  // biome-ignore lint/correctness/useExhaustiveDependencies: runs once, with the first render's value.
  useEffect(() => {
    const field = inputRef.current;
    if (!field) return;
    const typedEarly = field.value;
    if (typedEarly && typedEarly !== value) setValue(typedEarly);
    else if (typedEarly !== value) field.value = value;
  }, []);

  // Writing the text answers a pending check request (useEarlySubmit): it is answered once.
  const remember = (typed: string) => changeCurrentState(typedInputChange(typed));

  return { value, setValue, inputRef, remember };
}
