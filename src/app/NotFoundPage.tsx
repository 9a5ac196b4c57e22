import { useTranslation } from "react-i18next";
import { Link } from "../components/Link";
import { config } from "../config";
import { PATHS } from "../config/paths";
import { useDocumentTitle } from "../lib/document";

export function NotFoundPage() {
  const { t } = useTranslation();
  useDocumentTitle(`${t("notFound.title")} – ${config.tenant.appName}`);
  return (
    <section className="message-page" aria-labelledby="not-found-heading">
      <h1 id="not-found-heading">{t("notFound.heading")}</h1>
      <p>{t("notFound.text")}</p>
      <Link to={PATHS.home} className="button button-primary">
        {t("notFound.home")}
      </Link>
    </section>
  );
}
