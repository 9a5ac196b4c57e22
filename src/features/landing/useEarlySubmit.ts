import { type RefObject, useEffect } from "react";
import { currentState } from "../../lib/history";

/**
 * The join form sent before the page's script ran went to /beitreten (JoinRedirect), which came
 * back here with a check request in the history entry: the form answers it once, when the page
 * comes to life, with the text then in the field. Declared after useTypedText, so the field holds
 * the text that is kept.
 */
export function useEarlySubmit(
  inputRef: RefObject<HTMLInputElement | null>,
  check: (typed: string) => void,
): void {
  // biome-ignore lint/correctness/useExhaustiveDependencies: runs once, on the first render only.
  useEffect(() => {
    const field = inputRef.current;
    if (field && currentState().checkTypedRoomInput) check(field.value);
  }, []);
}
