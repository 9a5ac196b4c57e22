import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "../components/Link";
import { Logo } from "../components/Logo";
import { config } from "../config";
import { PATHS } from "../config/paths";

const { tenant } = config;

/** Header, main and footer for every page but the running call. */
export function Layout({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  return (
    <div className="page">
      <a className="skip-link" href="#main">
        {t("app.skipLink")}
      </a>
      <header className="site-header">
        <Link
          to={PATHS.home}
          className="brand"
          aria-label={t("app.homeLink", { appName: tenant.appName })}
        >
          <Logo
            className="brand-logo"
            title={t("app.logoAlt", {
              appName: tenant.appName,
              description: tenant.logoDescription,
            })}
          />
          <span className="brand-text">
            <span className="brand-name">{tenant.appName}</span>
            <span className="brand-town">{t("app.townSite", { town: tenant.town })}</span>
          </span>
        </Link>
      </header>
      <main id="main" tabIndex={-1}>
        {children}
      </main>
      <footer className="site-footer">
        <a href={tenant.homepageUrl}>{t("app.townHomepage", { town: tenant.town })}</a>
      </footer>
    </div>
  );
}
