import { useTranslation } from "react-i18next";
import { CopyButton } from "./ActionButtons";
import { SendLinks } from "./SendLinks";
import { StatusMessage, useStatusMessage } from "./useStatusMessage";

/** The ready invitation in plain words, to copy or send through the person's own apps. */
export function MessageSection({ text }: { text: string }) {
  const { t } = useTranslation("invite");
  const status = useStatusMessage();
  return (
    <section className="share-section" aria-labelledby="share-message-heading">
      <h3 id="share-message-heading">{t("message.heading")}</h3>
      <p className="share-hint">{t("message.hint")}</p>
      <p className="share-message">{text}</p>
      <div className="actions">
        <CopyButton
          text={text}
          label={t("message.copy")}
          onResult={(ok) => status.announce(t(ok ? "message.copied" : "message.copyFailed"))}
        />
      </div>
      <StatusMessage {...status} />
      <SendLinks text={text} label={t("message.via")} />
    </section>
  );
}
