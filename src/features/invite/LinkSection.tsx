import { useTranslation } from "react-i18next";
import { CopyButton, ShareButton } from "./ActionButtons";
import { StatusMessage, useStatusMessage } from "./useStatusMessage";

/** The room link in large type, to copy or share. */
export function LinkSection({ link, shareText }: { link: string; shareText: string }) {
  const { t } = useTranslation("invite");
  const status = useStatusMessage();
  return (
    <section className="share-section" aria-labelledby="share-link-heading">
      <h3 id="share-link-heading">{t("link.heading")}</h3>
      <p className="share-link">{link}</p>
      <div className="actions">
        <CopyButton
          primary
          text={link}
          label={t("link.copy")}
          onResult={(ok) => status.announce(t(ok ? "link.copied" : "link.copyFailed"))}
        />
        <ShareButton
          payload={{ title: t("mail.subject"), text: shareText }}
          label={t("link.share")}
          onFailure={() => status.announce(t("link.shareFailed"))}
        />
      </div>
      <StatusMessage {...status} />
    </section>
  );
}
