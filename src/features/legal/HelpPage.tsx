import { useTranslation } from "react-i18next";
import de from "../../../locales/de/help.json";
import { config } from "../../config";
import { registerNamespace } from "../../i18n";
import { AddressBlock } from "./AddressBlock";
import { List, Section } from "./blocks";
import { InfoPage } from "./InfoPage";

registerNamespace("help", { de });

const { tenant } = config;
const HELP = "help";

/**
 * Section ids are stable across languages, so other pages and invitations can link to them, e.g.
 * /hilfe#kamera when the camera is blocked.
 */
export const HELP_SECTIONS = {
  pc: "computer",
  iphone: "iphone",
  android: "android",
  camera: "kamera",
  trouble: "kein-ton-kein-bild",
  browsers: "browser",
  family: "familie",
  safety: "sicherheit",
  more: "kontakt",
} as const;

const CAMERA_BROWSERS = ["chrome", "edge", "firefox", "safari", "ios", "android"] as const;

export default function HelpPage() {
  const { t } = useTranslation(HELP);
  const values = { appName: tenant.appName, town: tenant.town };
  const sections = Object.entries(HELP_SECTIONS) as [keyof typeof HELP_SECTIONS, string][];
  return (
    <InfoPage namespace={HELP} title={t("title")}>
      <p className="lead">{t("intro", values)}</p>
      <nav className="toc" aria-labelledby="help-contents">
        <h2 id="help-contents">{t("contents")}</h2>
        <ul>
          {sections.map(([key, id]) => (
            <li key={id}>
              <a href={`#${id}`}>{t(`${key}.heading`)}</a>
            </li>
          ))}
        </ul>
      </nav>
      {(["pc", "iphone", "android"] as const).map((device) => (
        <Section key={device} id={HELP_SECTIONS[device]} title={t(`${device}.heading`)}>
          <List ns={HELP} textKey={`${device}.steps`} values={values} ordered />
          <p>{t(`${device}.tip`)}</p>
        </Section>
      ))}
      <Section id={HELP_SECTIONS.camera} title={t("camera.heading")}>
        <p>{t("camera.intro", values)}</p>
        {CAMERA_BROWSERS.map((browser) => (
          <Section
            key={browser}
            id={`kamera-${browser}`}
            title={t(`camera.browsers.${browser}.heading`)}
            level={3}
          >
            <p>{t(`camera.browsers.${browser}.text`)}</p>
          </Section>
        ))}
        <p>{t("camera.system")}</p>
      </Section>
      <Section id={HELP_SECTIONS.trouble} title={t("trouble.heading")}>
        <p>{t("trouble.intro")}</p>
        <List ns={HELP} textKey="trouble.items" values={values} />
      </Section>
      <Section id={HELP_SECTIONS.browsers} title={t("browsers.heading")}>
        <List ns={HELP} textKey="browsers.items" />
        <p>{t("browsers.text")}</p>
      </Section>
      <Section id={HELP_SECTIONS.family} title={t("family.heading")}>
        <List ns={HELP} textKey="family.items" values={values} />
      </Section>
      <Section id={HELP_SECTIONS.safety} title={t("safety.heading")}>
        <List ns={HELP} textKey="safety.items" values={values} />
        {/* The button names are Jitsi's own labels, so people find them in the call. */}
        <Section id="sicherheit-unbekannt" title={t("safety.stranger.heading")} level={3}>
          <p>{t("safety.stranger.intro", values)}</p>
          <List ns={HELP} textKey="safety.stranger.items" ordered />
        </Section>
      </Section>
      <Section id={HELP_SECTIONS.more} title={t("more.heading")}>
        <p>{t("more.text", values)}</p>
        <AddressBlock
          ns={HELP}
          contact={{
            name: tenant.legal.operator,
            phone: tenant.legal.phone,
            email: tenant.legal.email,
          }}
        />
      </Section>
    </InfoPage>
  );
}
