import { useState } from "react";
import { useTranslation } from "react-i18next";
import { buildGuestLink, sanitiseGuestName } from "../../domain/guestLink";
import { CopyButton, ShareButton } from "./ActionButtons";
import { SendLinks } from "./SendLinks";
import { useInviteText } from "./useInviteText";
import { StatusMessage, useStatusMessage } from "./useStatusMessage";

/** A personal one-tap link: the guest's name travels in the fragment, never to a server. */
export function GuestSection({ origin, room }: { origin: string; room: string }) {
  const { t } = useTranslation("invite");
  const inviteText = useInviteText();
  const status = useStatusMessage();
  const [typed, setTyped] = useState("");
  const name = sanitiseGuestName(typed);
  const link = name ? buildGuestLink(origin, room, name) : "";
  const text = link ? inviteText(link, name) : "";

  return (
    <section className="share-section" aria-labelledby="share-guest-heading">
      <h3 id="share-guest-heading">{t("guest.heading")}</h3>
      <p className="share-hint">{t("guest.hint")}</p>
      <label className="share-label" htmlFor="share-guest-name">
        {t("guest.nameLabel")}
      </label>
      <p className="share-hint" id="share-guest-name-hint">
        {t("guest.nameHint")}
      </p>
      <input
        id="share-guest-name"
        className="field-input share-input"
        type="text"
        autoComplete="off"
        spellCheck={false}
        aria-describedby="share-guest-name-hint"
        value={typed}
        onChange={(event) => setTyped(event.target.value)}
      />
      {!link && <p className="share-hint">{t("guest.empty")}</p>}
      {link && (
        <>
          <p className="share-label">{t("guest.linkLabel", { name })}</p>
          <p className="share-link">{link}</p>
          <p className="share-hint">{t("guest.private", { name })}</p>
          <div className="actions">
            <CopyButton
              primary
              text={link}
              label={t("guest.copy")}
              onResult={(ok) =>
                status.announce(ok ? t("guest.copied", { name }) : t("link.copyFailed"))
              }
            />
            <ShareButton
              payload={{ title: t("mail.subject"), text }}
              label={t("guest.share")}
              onFailure={() => status.announce(t("link.shareFailed"))}
            />
          </div>
          <StatusMessage {...status} />
          <SendLinks
            text={text}
            label={t("guest.sendHeading", { name })}
            audience={t("guest.audience", { name })}
          />
        </>
      )}
    </section>
  );
}
