import { useTranslation } from "react-i18next";
import { Link } from "../../components/Link";
import { config } from "../../config";
import { PATHS } from "../../config/paths";
import { EASY_GERMAN } from "../../i18n/languages";
import { AddressBlock } from "./AddressBlock";
import { ACCESSIBILITY_ARBITRATION } from "./authorities";
import { List, Paragraphs, Section } from "./blocks";
import { EASY_PRIVACY_SECTION } from "./EasyPrivacySummary";
import { EASY } from "./easyTexts";
import { InfoPage } from "./InfoPage";

const { tenant } = config;

/**
 * The start page, the navigation and the accessibility statement in Leichte Sprache. German in
 * every language, as the footer link promises; the sign-language video has a marked place.
 */
export default function EasyLanguagePage() {
  // Always the German texts (they are the Leichte Sprache), whatever the page's language.
  const { t } = useTranslation(EASY, { lng: "de" });
  const values = { appName: tenant.appName, town: tenant.town };
  const { accessibility } = tenant.legal;
  return (
    <InfoPage namespace={EASY} title={t("title", values)}>
      <p className="lead">{t("intro", values)}</p>
      <Section id="gebaerdensprache" title={t("signLanguage.heading")}>
        <div className="placeholder" role="note" aria-label={t("signLanguage.placeholderLabel")}>
          <p className="placeholder-label">{t("signLanguage.placeholderLabel")}</p>
          <p>{t("signLanguage.placeholder", values)}</p>
        </div>
      </Section>
      <Section id="was-ist-das" title={t("what.heading", values)}>
        <Paragraphs ns={EASY} textKey="what.text" values={values} lng="de" />
      </Section>
      <Section id="starten" title={t("start.heading")}>
        <List ns={EASY} textKey="start.steps" values={values} ordered lng="de" />
      </Section>
      <Section id="beitreten" title={t("join.heading")}>
        <Paragraphs ns={EASY} textKey="join.text" lng="de" />
      </Section>
      <Section id="daten" title={t("safety.heading")}>
        <Paragraphs ns={EASY} textKey="safety.text" lng="de" />
        <p>{t("safety.privacyIntro")}</p>
        <p>
          <Link to={`${PATHS.privacy}?lang=${EASY_GERMAN}#${EASY_PRIVACY_SECTION}`}>
            {t("safety.privacyLink")}
          </Link>
        </p>
      </Section>
      <Section id="navigation" title={t("navigation.heading")}>
        <Paragraphs ns={EASY} textKey="navigation.text" values={values} lng="de" />
        <p>{t("navigation.linksIntro")}</p>
        <List ns={EASY} textKey="navigation.links" lng="de" />
        <p>{t("navigation.allPages")}</p>
        <p>
          <Link to={`${PATHS.home}?lang=${EASY_GERMAN}`}>{t("navigation.allPagesLink")}</Link>
        </p>
      </Section>
      <Section id="barriere-freiheit" title={t("accessibility.heading")}>
        <Paragraphs ns={EASY} textKey="accessibility.text" values={values} lng="de" />
        <p>{t("accessibility.feedback")}</p>
        <AddressBlock
          ns={EASY}
          lng="de"
          contact={{
            name: accessibility.contactName,
            phone: accessibility.phone,
            email: accessibility.email,
          }}
        />
        <Paragraphs ns={EASY} textKey="accessibility.enforcement" lng="de" />
        <AddressBlock ns={EASY} lng="de" contact={ACCESSIBILITY_ARBITRATION} />
        <p>
          <Link to={PATHS.accessibility}>{t("accessibility.fullStatement")}</Link>
        </p>
      </Section>
    </InfoPage>
  );
}
