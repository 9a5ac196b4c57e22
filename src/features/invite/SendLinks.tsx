import { useId } from "react";
import { useTranslation } from "react-i18next";
import { buildMailtoUrl, buildSmsUrl, buildWhatsAppUrl } from "./inviteText";

interface Props {
  /** The invitation text, link included. */
  text: string;
  /** Visible label of the group, e.g. "Verschicken per". */
  label: string;
  /** Read after each link's name by screen readers, to tell two groups apart ("an Oma Erna"). */
  audience?: string;
}

/**
 * Plain links into the person's own mail, SMS and WhatsApp apps: nothing is requested from anyone
 * until one is tapped.
 */
export function SendLinks({ text, label, audience }: Props) {
  const { t } = useTranslation("invite");
  const labelId = useId();
  const suffix = audience ? (
    <>
      {" "}
      <span className="visually-hidden">{audience}</span>
    </>
  ) : null;
  return (
    <div className="share-send">
      <p id={labelId}>{label}</p>
      <ul aria-labelledby={labelId}>
        <li>
          <a className="button button-secondary" href={buildMailtoUrl(t("mail.subject"), text)}>
            {t("message.email")}
            {suffix}
          </a>
        </li>
        <li>
          <a className="button button-secondary" href={buildSmsUrl(text)}>
            {t("message.sms")}
            {suffix}
          </a>
        </li>
        <li>
          <a
            className="button button-secondary"
            href={buildWhatsAppUrl(text)}
            target="_blank"
            rel="noopener noreferrer"
          >
            {t("message.whatsapp")}
            {suffix} <span className="visually-hidden">({t("message.newWindow")})</span>
          </a>
        </li>
      </ul>
    </div>
  );
}
