import { useTranslation } from "react-i18next";

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
 */
export function AddressBlock({
  contact,
  ns,
  lng,
}: {
  contact: Contact;
  ns: string;
  /** A fixed language, for pages that are German whatever the visitor chose. */
  lng?: string;
}) {
  const { t } = useTranslation(ns, lng ? { lng } : undefined);
  const { name, street, postalCode, city, country, phone, email, website } = contact;
  return (
    <address className="address">
      <span>{name}</span>
      {street && <span>{street}</span>}
      {(postalCode || city) && <span>{[postalCode, city].filter(Boolean).join(" ")}</span>}
      {country && <span>{country}</span>}
      {phone && (
        <span>
          {t("contact.phone")} <a href={`tel:${phone.replace(/[^\d+]/g, "")}`}>{phone}</a>
        </span>
      )}
      {email && (
        <span>
          {t("contact.email")} <a href={`mailto:${email}`}>{email}</a>
        </span>
      )}
      {website && (
        <span>
          {t("contact.website")}{" "}
          <a href={website}>{website.replace(/^https?:\/\//, "").replace(/\/$/, "")}</a>
        </span>
      )}
    </address>
  );
}
