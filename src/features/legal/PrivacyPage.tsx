import { useTranslation } from "react-i18next";
import { Link } from "../../components/Link";
import { config } from "../../config";
import { dialInConfig } from "../../config/dialInConfig";
import { PATHS } from "../../config/paths";
import { EASY_GERMAN } from "../../i18n/languages";
import { AddressBlock } from "./AddressBlock";
import { DATA_PROTECTION_AUTHORITY } from "./authorities";
import { List, Paragraphs, Section } from "./blocks";
import { countryName } from "./countryName";
import { EASY_PRIVACY_SECTION, EasyPrivacySummary } from "./EasyPrivacySummary";
import { InfoPage, useContentLanguage } from "./InfoPage";
import { LEGAL } from "./legalTexts";
import { townContact } from "./townContact";

const { tenant } = config;
const { legal } = tenant;

/**
 * Datenschutzerklärung after Art. 13 GDPR, written for what this site and the call really do. In
 * Leichte Sprache, a summary in Leichte Sprache comes first; every other language links to it.
 */
export default function PrivacyPage() {
  const { t, i18n } = useTranslation(LEGAL);
  const language = useContentLanguage(LEGAL);
  const values = { appName: tenant.appName, town: tenant.town };
  const { dataProtectionOfficer: dpo } = legal;
  const hosting = { ...legal.hosting, country: countryName(legal.hosting.country, language) };
  const selfHosted = hosting.name === legal.operator;
  const easy = i18n.language === EASY_GERMAN;
  return (
    <InfoPage namespace={LEGAL} title={t("privacy.title")} draft={legal.status === "draft"}>
      {easy && <EasyPrivacySummary />}
      <p className="lead">{t("privacy.intro", values)}</p>
      {!easy && (
        <p>
          <Link
            to={`${PATHS.privacy}?lang=${EASY_GERMAN}#${EASY_PRIVACY_SECTION}`}
            hrefLang={EASY_GERMAN}
          >
            {t("privacy.easy")}
          </Link>
        </p>
      )}
      <Section id="kurz" title={t("privacy.summary.heading")}>
        <List ns={LEGAL} textKey="privacy.summary.items" values={values} />
      </Section>
      <Section id="verantwortlich" title={t("privacy.controller.heading")}>
        <p>{t("privacy.controller.text")}</p>
        <AddressBlock ns={LEGAL} contact={townContact()} />
      </Section>
      <Section id="datenschutzbeauftragte" title={t("privacy.dpo.heading")}>
        <p>{t("privacy.dpo.text")}</p>
        <AddressBlock ns={LEGAL} contact={dpo} />
      </Section>
      <Section id="website" title={t("privacy.website.heading")}>
        <Paragraphs ns={LEGAL} textKey="privacy.website.text" values={values} />
      </Section>
      <Section id="konferenz" title={t("privacy.meeting.heading")}>
        <p>{t("privacy.meeting.intro", values)}</p>
        <List ns={LEGAL} textKey="privacy.meeting.items" values={values} />
        <Paragraphs ns={LEGAL} textKey="privacy.meeting.text" values={values} />
      </Section>
      {dialInConfig && (
        // Only where the town offers phone dial-in (deploy/jitsi/README.md, "Phone dial-in").
        <Section id="telefon" title={t("privacy.phone.heading")}>
          <Paragraphs ns={LEGAL} textKey="privacy.phone.text" values={values} />
        </Section>
      )}
      <Section id="speicher" title={t("privacy.storage.heading")}>
        <Paragraphs ns={LEGAL} textKey="privacy.storage.text" values={values} />
      </Section>
      <Section id="rechtsgrundlage" title={t("privacy.legalBasis.heading")}>
        <p>{t("privacy.legalBasis.text", values)}</p>
      </Section>
      <Section id="speicherdauer" title={t("privacy.retention.heading")}>
        <p>{t("privacy.retention.logs", { count: legal.logRetentionDays })}</p>
        <p>{t("privacy.retention.meeting")}</p>
      </Section>
      <Section id="empfaenger" title={t("privacy.recipients.heading")}>
        <p>{t("privacy.recipients.participants")}</p>
        <p>{t(selfHosted ? "privacy.recipients.selfHosted" : "privacy.recipients.processor")}</p>
        <AddressBlock ns={LEGAL} contact={hosting} />
        <p>{t("privacy.recipients.nobodyElse")}</p>
      </Section>
      <Section id="drittlaender" title={t("privacy.thirdCountries.heading")}>
        <p>{t("privacy.thirdCountries.text", { country: hosting.country })}</p>
      </Section>
      <Section id="rechte" title={t("privacy.rights.heading")}>
        <p>{t("privacy.rights.intro")}</p>
        <List ns={LEGAL} textKey="privacy.rights.items" />
        <Paragraphs ns={LEGAL} textKey="privacy.rights.text" values={values} />
      </Section>
      <Section id="beschwerde" title={t("privacy.complaint.heading")}>
        <p>{t("privacy.complaint.text")}</p>
        <AddressBlock ns={LEGAL} contact={DATA_PROTECTION_AUTHORITY} />
      </Section>
    </InfoPage>
  );
}
