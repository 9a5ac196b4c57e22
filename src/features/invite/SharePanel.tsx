import { type KeyboardEvent, useEffect, useMemo, useRef } from "react";
import { useTranslation } from "react-i18next";
import de from "../../../locales/de/invite.json";
import { buildRoomLink } from "../../domain/guestLink";
import { registerNamespace } from "../../i18n";
import { currentOrigin } from "../../lib/history";
import { CalendarSection } from "./CalendarSection";
import { DialInSection } from "./DialInSection";
import type { DialIn } from "./dialIn";
import { DialInContext } from "./dialInContext";
import { closeDialog, showDialog } from "./dialog";
import { GuestSection } from "./GuestSection";
import { LinkSection } from "./LinkSection";
import { MessageSection } from "./MessageSection";
import { QrCode } from "./QrCode";
import { useDialIn } from "./useDialIn";
import { useInviteText } from "./useInviteText";
import "./SharePanel.css";

// The panel loads with the meeting page, never with the start page: its texts come with it.
registerNamespace("invite", { de });

interface Props {
  open: boolean;
  onClose: () => void;
  room: string;
}

/**
 * Everything to invite people, in one modal dialog over the meeting. It stays mounted while the
 * meeting page lives, so what was typed (a guest's name, a date) is still there when it reopens.
 */
export function SharePanel(props: Props) {
  // Number and PIN, when the town offers dial-in: every invitation text below reads them.
  const dialIn = useDialIn(props.room, props.open);
  return (
    <DialInContext.Provider value={dialIn}>
      <SharePanelDialog {...props} dialIn={dialIn} />
    </DialInContext.Provider>
  );
}

function SharePanelDialog({ open, onClose, room, dialIn }: Props & { dialIn: DialIn | null }) {
  const { t } = useTranslation("invite");
  const dialogRef = useRef<HTMLDialogElement>(null);
  const titleRef = useRef<HTMLHeadingElement>(null);
  const returnFocus = useRef<HTMLElement | null>(null);
  const origin = currentOrigin();
  const link = useMemo(() => buildRoomLink(origin, room), [origin, room]);
  const inviteText = useInviteText();
  const text = inviteText(link);

  useEffect(() => {
    const dialog = dialogRef.current;
    if (!dialog) return;
    if (open && !dialog.open) {
      const active = document.activeElement;
      returnFocus.current =
        active instanceof HTMLElement && active !== document.body ? active : null;
      showDialog(dialog);
      // The panel is long: start at its title, so a screen reader reads it from the top.
      titleRef.current?.focus();
    } else if (!open) {
      closeDialog(dialog);
    }
  }, [open]);

  const onDialogClose = () => {
    onClose();
    const back = returnFocus.current;
    returnFocus.current = null;
    if (back?.isConnected) back.focus();
  };

  const onKeyDown = (event: KeyboardEvent<HTMLDialogElement>) => {
    if (event.key !== "Escape") return;
    event.preventDefault();
    closeDialog(event.currentTarget);
  };

  return (
    <dialog
      ref={dialogRef}
      className="share-panel"
      aria-labelledby="share-panel-title"
      onClose={onDialogClose}
      onKeyDown={onKeyDown}
    >
      <header className="share-panel-header">
        <h2 id="share-panel-title" ref={titleRef} tabIndex={-1}>
          {t("panel.title")}
        </h2>
        <button
          type="button"
          className="button button-secondary share-close"
          onClick={() => dialogRef.current && closeDialog(dialogRef.current)}
        >
          <span aria-hidden="true">✕</span>
          {t("panel.close")}
        </button>
      </header>
      <div className="share-panel-body">
        <p>{t("panel.intro")}</p>
        <LinkSection link={link} shareText={text} />
        {dialIn && <DialInSection dialIn={dialIn} />}
        <MessageSection text={text} />
        <section className="share-section" aria-labelledby="share-qr-heading">
          <h3 id="share-qr-heading">{t("qr.heading")}</h3>
          <p className="share-hint">{t("qr.hint")}</p>
          <QrCode text={link} label={t("qr.label")} />
        </section>
        <GuestSection origin={origin} room={room} />
        <CalendarSection link={link} />
      </div>
    </dialog>
  );
}
