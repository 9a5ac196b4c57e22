import { useEffect, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { JOIN_PARAM, PATHS, RESERVED_PATHS } from "../../config/paths";
import { changeNavigationState, withTypedInput } from "../../domain/navigationState";
import { parseRoomInput } from "../../domain/rooms/parseRoomInput";
import { currentSearchParam, navigate } from "../../lib/history";
import { startMeeting } from "../../lib/startMeeting";

/**
 * The start page's forms work before its script has run: "Konferenz starten" then opens /neu and
 * the join form /beitreten?raum=…, both served the app, which finishes the job here. Each replaces
 * its own address, so the back button never leads to a form's target.
 */
function Waiting({ onMount }: { onMount: () => void }) {
  const { t } = useTranslation();
  // React runs effects twice in development: the job must happen once.
  const done = useRef(false);
  // biome-ignore lint/correctness/useExhaustiveDependencies: runs once, on the first render only.
  useEffect(() => {
    if (done.current) return;
    done.current = true;
    onMount();
  }, []);
  return (
    <p className="page-loading" role="status">
      {t("app.loading")}
    </p>
  );
}

/**
 * /neu: a new unguessable room, as if the button had been clicked. Its code failing to load goes
 * to the error boundary, which explains it (offline: reloads by itself once back online).
 */
export function NewRoomRedirect() {
  const [failure, setFailure] = useState<unknown>(null);
  if (failure) throw failure;
  return <Waiting onMount={() => startMeeting({ replace: true }).catch(setFailure)} />;
}

/**
 * /beitreten?raum=…: a valid, safe name opens its room, with the start page (and the text in its
 * field) one step back, as after a hydrated submit; anything else goes back to the start page with
 * the text in the field and the form's usual answer (error or warning) next to it.
 */
export function JoinRedirect() {
  return (
    <Waiting
      onMount={() => {
        const typed = currentSearchParam(JOIN_PARAM) ?? "";
        const result = parseRoomInput(typed, { reservedPaths: RESERVED_PATHS });
        if (result.ok && !result.guessable) {
          const state = withTypedInput(null, typed);
          navigate(PATHS.home, { replace: true, state });
          navigate(`/${result.room}`, { state });
        } else {
          const state = changeNavigationState(null, {
            typedRoomInput: typed,
            checkTypedRoomInput: true,
          });
          navigate(PATHS.home, { replace: true, state });
        }
      }}
    />
  );
}
