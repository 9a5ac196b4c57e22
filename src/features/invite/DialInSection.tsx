import { useTranslation } from "react-i18next";
import { type DialIn, formatPin, spokenPin, telUri } from "./dialIn";

/**
 * "Ohne Internet?": the number and the PIN in large type, for someone who reads them out on the
 * phone to a grandmother with a landline. A screen reader says the PIN digit by digit in groups.
 */
export function DialInSection({ dialIn }: { dialIn: DialIn }) {
  const { t } = useTranslation("invite");
  const { number, pin } = dialIn;
  return (
    <section className="share-section share-dialin" aria-labelledby="share-dialin-heading">
      <h3 id="share-dialin-heading">{t("dialIn.heading")}</h3>
      <p className="share-hint">{t("dialIn.hint")}</p>
      <p className="share-dialin-step">
        {t("dialIn.call")}{" "}
        <a className="share-dialin-value" dir="ltr" href={telUri(number)}>
          {number}
        </a>
      </p>
      <p className="share-dialin-step">
        {t("dialIn.pin")}{" "}
        <span className="share-dialin-value" dir="ltr" aria-hidden="true">
          {formatPin(pin)} #
        </span>
        <span className="visually-hidden">{t("dialIn.pinSpoken", { digits: spokenPin(pin) })}</span>
      </p>
    </section>
  );
}
