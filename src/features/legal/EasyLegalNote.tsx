import { useTranslation } from "react-i18next";
import { Link } from "../../components/Link";
import { EASY } from "./easyTexts";

/**
 * On a legal page in Leichte Sprache (whose text is the German one): says so in Leichte Sprache and
 * links to where the essentials are in Leichte Sprache.
 */
export function EasyLegalNote({ to }: { to: string }) {
  const { t } = useTranslation(EASY, { lng: "de" });
  return (
    <p className="easy-note" role="note">
      {t("legalPage.note")} <Link to={to}>{t("legalPage.link")}</Link>
    </p>
  );
}
