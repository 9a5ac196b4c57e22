import { useTranslation } from "react-i18next";
import { config } from "../../config";
import { useDocumentTitle } from "../../lib/document";
import { BrowserNotice } from "./BrowserNotice";
import { JoinForm } from "./JoinForm";
import { StartButton } from "./StartButton";

const { tenant } = config;

/** `onPrepareMeeting`: someone reaches for "Konferenz starten"; fetch the call's code ahead. */
export function LandingPage({ onPrepareMeeting }: { onPrepareMeeting?: () => void }) {
  const { t } = useTranslation();
  useDocumentTitle(`${tenant.appName} – ${t("app.townSite", { town: tenant.town })}`);
  return (
    <div className="landing">
      <section className="hero" aria-labelledby="landing-title">
        <h1 id="landing-title">{t("landing.title", { appName: tenant.appName })}</h1>
        <p className="lead">{t("landing.lead", { town: tenant.town })}</p>
      </section>
      <BrowserNotice />
      <div className="cards">
        <section className="card card-start" aria-labelledby="start-heading">
          <h2 id="start-heading">{t("landing.start.heading")}</h2>
          <p>{t("landing.start.text")}</p>
          <StartButton onPrepare={onPrepareMeeting} />
        </section>
        <section className="card" aria-labelledby="join-heading">
          <h2 id="join-heading">{t("landing.join.heading")}</h2>
          <JoinForm />
        </section>
      </div>
      <aside className="notice" aria-labelledby="notice-heading">
        <h2 id="notice-heading">{t("landing.notice.heading")}</h2>
        <p>{t("landing.notice.text")}</p>
      </aside>
      <section className="features" aria-labelledby="features-heading">
        <h2 id="features-heading">{t("landing.features.heading")}</h2>
        <ul>
          <li>{t("landing.features.free", { town: tenant.town })}</li>
          <li>{t("landing.features.device")}</li>
          <li>{t("landing.features.privacy")}</li>
        </ul>
      </section>
    </div>
  );
}
