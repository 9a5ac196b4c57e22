// The invitation a host sends, and the share URLs that carry it.
import type { ParseKeys } from "i18next";
import { buildDialInLine, type DialIn } from "./dialIn";

/**
 * The i18next `t` shape these modules need; the caller passes the real one. Its keys are those of
 * locales/de/invite.json (src/i18n/i18next.d.ts), so a wrong key fails `tsc`.
 */
export type Translate = (key: ParseKeys<"invite">, values?: Record<string, string>) => string;

export interface InviteTextInput {
  t: Translate;
  appName: string;
  town: string;
  link: string;
  guestName?: string;
  /** Number and PIN when the town offers phone dial-in and its services answered. */
  dialIn?: DialIn | null;
}

/**
 * Plain text, one thought per line, the link alone on its own line so that
 * every messenger makes it tappable. Lines end in "\n"; buildMailtoUrl turns
 * them into CRLF for mail.
 */
export function buildInviteText({
  t,
  appName,
  town,
  link,
  guestName,
  dialIn,
}: InviteTextInput): string {
  const name = guestName?.trim();
  // For a guest without internet (a landline): the phone way in, as its own paragraph.
  const phone = dialIn ? [buildDialInLine(t, dialIn), ""] : [];
  return [
    name ? t("text.greetingNamed", { name }) : t("text.greeting"),
    "",
    t("text.intro", { appName, town }),
    t("text.tap"),
    "",
    link,
    "",
    t("text.noApp"),
    t("text.allow"),
    "",
    ...phone,
    t("text.closing"),
  ].join("\n");
}

/**
 * RFC 6068: every header value is percent-encoded UTF-8, spaces as %20 (not
 * "+", which mail clients show literally), and line breaks in the body must
 * be %0D%0A.
 */
export function buildMailtoUrl(subject: string, body: string): string {
  const crlfBody = body.replace(/\r\n|\r|\n/g, "\r\n");
  return `mailto:?subject=${encodeURIComponent(subject)}&body=${encodeURIComponent(crlfBody)}`;
}

/**
 * `sms:?&body=` is the form commonly used for both platforms: Android reads
 * the RFC 5724 query (`?…body=`), iOS 8 and later read `&body=` after the
 * (empty) recipient. Whether the body is pre-filled is up to the phone's
 * messaging app; the recipient is left for the user to pick.
 */
export function buildSmsUrl(body: string): string {
  return `sms:?&body=${encodeURIComponent(body)}`;
}

/** WhatsApp's documented click-to-chat form; the user picks the chat. */
export function buildWhatsAppUrl(text: string): string {
  return `https://wa.me/?text=${encodeURIComponent(text)}`;
}
