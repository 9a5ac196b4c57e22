import { useEffect, useRef } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "../../components/Link";
import { PATHS } from "../../config/paths";
import type { ExternalApiState } from "./useExternalApi";

type Reason = Extract<ExternalApiState, { status: "failed" }>["reason"];

export function MeetingUnavailable({ reason, onRetry }: { reason: Reason; onRetry: () => void }) {
  const { t } = useTranslation();
  const headingRef = useRef<HTMLHeadingElement>(null);
  // Move focus to the message so screen readers say what happened.
  useEffect(() => headingRef.current?.focus(), []);
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
        <Link to={PATHS.home} className="button button-secondary">
          {t("meeting.errors.home")}
        </Link>
      </div>
    </section>
  );
}
