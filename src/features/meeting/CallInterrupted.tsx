import { useEffect, useRef } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "../../components/Link";
import { PATHS } from "../../config/paths";

/** The call itself broke off (a fatal error inside Jitsi): say so and offer a fresh start. */
export function CallInterrupted({ onReconnect }: { onReconnect: () => void }) {
  const { t } = useTranslation();
  const headingRef = useRef<HTMLHeadingElement>(null);
  // Move focus to the message so screen readers say what happened.
  useEffect(() => headingRef.current?.focus(), []);
  return (
    <section className="message-page meeting-error" aria-labelledby="call-interrupted-heading">
      <h1 id="call-interrupted-heading" ref={headingRef} tabIndex={-1}>
        {t("meeting.callErrors.fatal.heading")}
      </h1>
      <p>{t("meeting.callErrors.fatal.text")}</p>
      <div className="actions">
        <button type="button" className="button button-primary" onClick={onReconnect}>
          {t("meeting.callErrors.fatal.reconnect")}
        </button>
        <Link to={PATHS.home} className="button button-secondary">
          {t("meeting.callErrors.fatal.home")}
        </Link>
      </div>
    </section>
  );
}
