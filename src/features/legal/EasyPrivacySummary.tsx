import { useTranslation } from "react-i18next";
import { config } from "../../config";
import { AddressBlock } from "./AddressBlock";
import { DATA_PROTECTION_AUTHORITY } from "./authorities";
import { List, Paragraphs, Section, type TextKey } from "./blocks";
import { EASY } from "./easyTexts";

const { tenant } = config;

/** Where the summary is: the privacy statement in Leichte Sprache, at this section. */
export const EASY_PRIVACY_SECTION = "leichte-sprache";

/**
 * The privacy statement in Leichte Sprache, in short: what the town gets, what it does not do, whom
 * to ask. Shown above the full (binding) German text of the privacy statement.
 */
export function EasyPrivacySummary() {
  const { t } = useTranslation(EASY, { lng: "de" });
  const values = { appName: tenant.appName, town: tenant.town };
  const text = (textKey: TextKey<typeof EASY>) => ({ ns: EASY, textKey, values, lng: "de" });
  return (
    <Section id={EASY_PRIVACY_SECTION} title={t("privacy.heading")}>
      <Paragraphs {...text("privacy.intro")} />
      <h3>{t("privacy.collected.heading")}</h3>
      <List {...text("privacy.collected.items")} />
      <Paragraphs {...text("privacy.collected.use")} />
      <p>{t("privacy.collected.retention", { count: tenant.legal.logRetentionDays })}</p>
      <p>{t("privacy.collected.device")}</p>
      <h3>{t("privacy.notCollected.heading")}</h3>
      <List {...text("privacy.notCollected.items")} />
      <h3>{t("privacy.ask.heading")}</h3>
      <Paragraphs {...text("privacy.ask.text")} />
      <AddressBlock ns={EASY} lng="de" contact={tenant.legal.dataProtectionOfficer} />
      <p>{t("privacy.ask.complaint")}</p>
      <AddressBlock ns={EASY} lng="de" contact={DATA_PROTECTION_AUTHORITY} />
      <Paragraphs {...text("privacy.fullText")} />
    </Section>
  );
}
