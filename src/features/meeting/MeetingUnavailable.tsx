import { type MouseEvent, useEffect, useRef } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "../../components/Link";
import { PATHS } from "../../config/paths";
import { withTypedInput } from "../../domain/navigationState";
import { currentState, navigate } from "../../lib/history";
import type { ExternalApiState } from "./jitsi";

type Reason = Extract<ExternalApiState, { status: "failed" }>["reason"];

/** A plain left click: the link may navigate in place; anything else opens a tab or a menu. */
const isPlainClick = (event: MouseEvent) =>
  event.button === 0 && !event.metaKey && !event.ctrlKey && !event.shiftKey && !event.altKey;

export function MeetingUnavailable({ reason, onRetry }: { reason: Reason; onRetry: () => void }) {
  const { t } = useTranslation();
  const headingRef = useRef<HTMLHeadingElement>(null);
  // Move focus to the message so screen readers say what happened.
  useEffect(() => headingRef.current?.focus(), []);

  // Whoever typed this room into the join field finds it there again on the start page.
  const goHome = (event: MouseEvent<HTMLAnchorElement>) => {
    const typed = currentState().typedRoomInput ?? "";
    if (!typed || !isPlainClick(event)) return;
    event.preventDefault();
    navigate(PATHS.home, { state: withTypedInput(null, typed) });
  };

  return (
    <section className="message-page meeting-error" aria-labelledby="meeting-error-heading">
      <h1 id="meeting-error-heading" ref={headingRef} tabIndex={-1}>
        {t("meeting.errors.heading")}
      </h1>
      <p>{t(`meeting.errors.${reason}`)}</p>
      <div className="actions">
        <button type="button" className="button button-primary" onClick={onRetry}>
          {t("meeting.errors.retry")}
        </button>
        <Link to={PATHS.home} className="button button-secondary" onClick={goHome}>
          {t("meeting.errors.home")}
        </Link>
      </div>
    </section>
  );
}
