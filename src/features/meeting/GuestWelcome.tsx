import { useEffect, useRef } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "../../components/Link";
import { config } from "../../config";
import { PATHS } from "../../config/paths";

const { tenant } = config;

/**
 * A guest's Direkt-Link goes straight into the call with camera and microphone on. Anyone can
 * write such a link, so nobody is put on camera before they said yes on our page: one large
 * button, which takes the guest straight in (still a single tap for the grandmother).
 */
export function GuestWelcome({
  room,
  guestName,
  onJoin,
}: {
  room: string;
  guestName: string;
  onJoin: () => void;
}) {
  const { t } = useTranslation();
  const buttonRef = useRef<HTMLButtonElement>(null);
  // The one thing to do here: the keyboard and screen reader start on it.
  useEffect(() => buttonRef.current?.focus(), []);
  return (
    <section className="message-page guest-welcome" aria-labelledby="guest-welcome-heading">
      <h1 id="guest-welcome-heading">
        {t("meeting.guest.heading", { appName: tenant.appName, town: tenant.town })}
      </h1>
      <p>
        {t("meeting.roomLabel")}: <strong>{room}</strong>
      </p>
      <button
        ref={buttonRef}
        type="button"
        className="button button-primary button-large guest-welcome-join"
        aria-describedby="guest-welcome-devices"
        onClick={onJoin}
      >
        {t("meeting.guest.join", { name: guestName })}
      </button>
      <p id="guest-welcome-devices" className="guest-welcome-devices">
        {t("meeting.guest.devices")}
      </p>
      <p>
        <Link to={PATHS.home}>{t("meeting.guest.notMe")}</Link>
      </p>
    </section>
  );
}
