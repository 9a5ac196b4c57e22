import { useTranslation } from "react-i18next";
import type { PageNamespace } from "./blocks";

export interface Contact {
  name: string;
  street?: string;
  postalCode?: string;
  city?: string;
  country?: string;
  phone?: string;
  email?: string;
  website?: string;
}

/**
 * A postal address with its ways to get in touch. Phone, mail and web are links of their own, each
 * on its own line: large enough to tap, never buried in a sentence.
 *
 * The town's data is German, left to right, whatever the page's language: each value is isolated
 * (<bdi>, dir="ltr"), so an Arabic page keeps "75015 Bretten" and "07252 921-0" in their order
 * instead of reordering their numbers around the right-to-left text.
 */
export function AddressBlock({
  contact,
  ns,
  lng,
}: {
  contact: Contact;
  /** A namespace with the labels contact.phone, contact.email and contact.website. */
  ns: PageNamespace;
  /** A fixed language, for pages that are German whatever the visitor chose. */
  lng?: string;
}) {
  const { t } = useTranslation(ns, lng ? { lng } : undefined);
  const { name, street, postalCode, city, country, phone, email, website } = contact;
  return (
    <address className="address">
      <span>
        <bdi>{name}</bdi>
      </span>
      {street && (
        <span>
          <bdi>{street}</bdi>
        </span>
      )}
      {(postalCode || city) && (
        <span>
          <bdi>{[postalCode, city].filter(Boolean).join(" ")}</bdi>
        </span>
      )}
      {country && (
        <span>
          <bdi>{country}</bdi>
        </span>
      )}
      {phone && (
        <span>
          {t("contact.phone")}{" "}
          <a href={`tel:${phone.replace(/[^\d+]/g, "")}`} dir="ltr">
            {phone}
          </a>
        </span>
      )}
      {email && (
        <span>
          {t("contact.email")}{" "}
          <a href={`mailto:${email}`} dir="ltr">
            {email}
          </a>
        </span>
      )}
      {website && (
        <span>
          {t("contact.website")}{" "}
          <a href={website} dir="ltr">
            {website.replace(/^https?:\/\//, "").replace(/\/$/, "")}
          </a>
        </span>
      )}
    </address>
  );
}
