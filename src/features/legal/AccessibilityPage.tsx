import { useTranslation } from "react-i18next";
import { config } from "../../config";
import { PATHS } from "../../config/paths";
import { EASY_GERMAN } from "../../i18n/languages";
import { currentOrigin } from "../../lib/history";
import { useClientValue } from "../../lib/useIsClient";
import { AddressBlock } from "./AddressBlock";
import { ACCESSIBILITY_ARBITRATION } from "./authorities";
import { List, Paragraphs, Section } from "./blocks";
import { EasyLegalNote } from "./EasyLegalNote";
import { formatDate } from "./formatDate";
import { InfoPage, useContentLanguage } from "./InfoPage";
import { LEGAL } from "./legalTexts";
import { townAddress } from "./townContact";

const { tenant } = config;
const { legal } = tenant;

/** Erklärung zur Barrierefreiheit with the sections of the L-BGG BW template. */
export default function AccessibilityPage() {
  const { t, i18n } = useTranslation(LEGAL);
  const language = useContentLanguage(LEGAL);
  // The prerendered statement cannot know the address it is served from (one build may serve
  // several host names): it names the service until the browser fills the address in.
  const site = useClientValue(currentOrigin, tenant.appName);
  const values = { appName: tenant.appName, town: tenant.town, site };
  const { accessibility } = legal;
  return (
    <InfoPage namespace={LEGAL} title={t("accessibility.title")} draft={legal.status === "draft"}>
      {i18n.language === EASY_GERMAN && (
        <EasyLegalNote to={`${PATHS.easyLanguage}#barriere-freiheit`} />
      )}
      <p className="lead">{t("accessibility.intro", values)}</p>
      <Section id="stand" title={t("accessibility.status.heading")}>
        <Paragraphs ns={LEGAL} textKey="accessibility.status.text" values={values} />
      </Section>
      <Section id="barrieren" title={t("accessibility.barriers.heading")}>
        <List ns={LEGAL} textKey="accessibility.barriers.items" values={values} />
      </Section>
      <Section id="erstellung" title={t("accessibility.preparation.heading")}>
        <p>
          {t("accessibility.preparation.date", {
            date: formatDate(accessibility.statementDate, language),
          })}
        </p>
        <p>{t(`accessibility.preparation.${accessibility.method}`)}</p>
      </Section>
      <Section id="feedback" title={t("accessibility.feedback.heading")}>
        <p>{t("accessibility.feedback.text")}</p>
        <AddressBlock
          ns={LEGAL}
          contact={{
            name: accessibility.contactName,
            ...townAddress,
            phone: accessibility.phone,
            email: accessibility.email,
          }}
        />
      </Section>
      <Section id="schlichtung" title={t("accessibility.enforcement.heading")}>
        <Paragraphs ns={LEGAL} textKey="accessibility.enforcement.text" />
        <AddressBlock ns={LEGAL} contact={ACCESSIBILITY_ARBITRATION} />
      </Section>
    </InfoPage>
  );
}
