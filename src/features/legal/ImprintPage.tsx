import { useTranslation } from "react-i18next";
import { config } from "../../config";
import { PATHS } from "../../config/paths";
import { EASY_GERMAN } from "../../i18n/languages";
import { AddressBlock } from "./AddressBlock";
import { Paragraphs, Section } from "./blocks";
import { EasyLegalNote } from "./EasyLegalNote";
import { InfoPage } from "./InfoPage";
import { LEGAL } from "./legalTexts";
import { townContact } from "./townContact";

const { tenant } = config;
const { legal } = tenant;

/** Impressum after § 5 DDG: the town as provider, its address, representative and contact. */
export default function ImprintPage() {
  const { t, i18n } = useTranslation(LEGAL);
  const values = { appName: tenant.appName, town: tenant.town, operator: legal.operator };
  return (
    <InfoPage namespace={LEGAL} title={t("imprint.title")} draft={legal.status === "draft"}>
      {i18n.language === EASY_GERMAN && <EasyLegalNote to={PATHS.easyLanguage} />}
      <p className="lead">{t("imprint.intro")}</p>
      <Section id="anbieter" title={t("imprint.provider.heading")}>
        <p>{t("imprint.provider.text", values)}</p>
        <AddressBlock ns={LEGAL} contact={townContact({ reach: false })} />
      </Section>
      <Section id="vertreten" title={t("imprint.representative.heading")}>
        <p>{legal.representative}</p>
      </Section>
      <Section id="kontakt" title={t("imprint.contact.heading")}>
        <AddressBlock ns={LEGAL} contact={townContact({ postal: false })} />
      </Section>
      <Section id="technik" title={t("imprint.software.heading")}>
        <Paragraphs ns={LEGAL} textKey="imprint.software.text" values={values} />
      </Section>
    </InfoPage>
  );
}
