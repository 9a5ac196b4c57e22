import { useTranslation } from "react-i18next";
import { config } from "../config";
import { PATHS } from "../config/paths";
import { useDocumentTitle } from "../lib/document";
import { navigate, reloadPage } from "../lib/history";

export function ErrorPage() {
  const { t } = useTranslation();
  useDocumentTitle(`${t("error.title")} – ${config.tenant.appName}`);
  return (
    <section className="message-page" aria-labelledby="error-heading">
      <h1 id="error-heading">{t("error.heading")}</h1>
      <p>{t("error.text")}</p>
      <div className="actions">
        <button type="button" className="button button-primary" onClick={reloadPage}>
          {t("error.reload")}
        </button>
        <button
          type="button"
          className="button button-secondary"
          onClick={() => navigate(PATHS.home)}
        >
          {t("error.home")}
        </button>
      </div>
    </section>
  );
}
