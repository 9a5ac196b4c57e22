import { type ReactNode, useEffect, useRef } from "react";
import { useTranslation } from "react-i18next";
import { LanguageSwitch } from "../components/LanguageSwitch";
import { Link } from "../components/Link";
import { Logo } from "../components/Logo";
import { config } from "../config";
import { PATHS } from "../config/paths";
import { currentHash } from "../lib/history";
import { focusById, focusIsWithin, scrollToTop } from "../lib/scroll";
import { PAGE_END_ID } from "./prerenderedFor";

const { tenant } = config;

const FOOTER_LINKS = [
  { to: PATHS.imprint, key: "app.footer.imprint" },
  { to: PATHS.privacy, key: "app.footer.privacy" },
  { to: PATHS.accessibility, key: "app.footer.accessibility" },
  { to: PATHS.help, key: "app.footer.help" },
  { to: PATHS.easyLanguage, key: "app.footer.easyLanguage" },
] as const;

/** Header, main and footer for every page but the running call. */
export function Layout({ pathname, children }: { pathname: string; children: ReactNode }) {
  const { t } = useTranslation();
  useNewPageFocus(pathname);
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
        <LanguageSwitch />
      </header>
      <main id="main" tabIndex={-1}>
        {children}
      </main>
      <footer className="site-footer" id={PAGE_END_ID}>
        <nav aria-label={t("app.footer.label")}>
          <ul className="footer-links">
            {FOOTER_LINKS.map((link) => (
              <li key={link.to}>
                <Link
                  to={link.to}
                  aria-current={link.to === pathname ? "page" : undefined}
                  lang={link.to === PATHS.easyLanguage ? "de" : undefined}
                >
                  {t(link.key)}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
        <a href={tenant.homepageUrl}>{t("app.townHomepage", { town: tenant.town })}</a>
      </footer>
    </div>
  );
}

/**
 * After moving to another page in the app (not on the first load), start at the top and put the
 * keyboard focus on the main content, so screen-reader users hear that the page changed. A link to
 * a section (`/hilfe#kamera`) is left to the page, which scrolls there once it has rendered.
 */
function useNewPageFocus(pathname: string) {
  const shown = useRef(pathname);
  useEffect(() => {
    if (shown.current === pathname) return;
    shown.current = pathname;
    if (currentHash()) return;
    scrollToTop();
    // A page that already put the focus somewhere (the join field with its error) keeps it.
    if (focusIsWithin("main")) return;
    focusById("main");
  }, [pathname]);
}
