import { useId, useMemo, useState } from "react";
import { useTranslation } from "react-i18next";
import de from "../../../locales/de/embed.json";
import { config } from "../../config";
import { registerNamespace } from "../../i18n";
import { copyText } from "../../lib/clipboard";
import { useDocumentTitle } from "../../lib/document";
import { currentOrigin } from "../../lib/history";
import { buildBadgeSnippet } from "./badgeSnippet";
import "./EmbedPage.css";

registerNamespace("embed", { de });

const { tenant } = config;

/** /einbinden: the ready-made button for the town's homepage, for its web editors. */
export default function EmbedPage() {
  // The snippet is for the town's German homepage: the page stays German in every language, and says so.
  const { t } = useTranslation("embed", { lng: "de" });
  const [copied, setCopied] = useState<boolean | null>(null);
  const codeId = useId();
  useDocumentTitle(`${t("title")} – ${tenant.appName}`);

  const snippet = useMemo(
    () =>
      buildBadgeSnippet({
        origin: currentOrigin(),
        appName: tenant.appName,
        action: t("badgeAction"),
        label: t("badgeLabel", { appName: tenant.appName, town: tenant.town }),
        colors: tenant.colors,
      }),
    [t],
  );

  return (
    <section className="embed" lang="de" aria-labelledby="embed-heading">
      <h1 id="embed-heading">{t("title")}</h1>
      <p>{t("intro", { town: tenant.town, appName: tenant.appName })}</p>
      <p>{t("how", { appName: tenant.appName })}</p>
      <h2>{t("previewHeading")}</h2>
      {/* Our own markup, built from escaped values: the preview is exactly what gets pasted. */}
      {/* biome-ignore lint/security/noDangerouslySetInnerHtml: the snippet is generated here and escaped */}
      <div className="embed-preview" dangerouslySetInnerHTML={{ __html: snippet }} />
      <h2>
        <label htmlFor={codeId}>{t("codeHeading")}</label>
      </h2>
      <textarea
        id={codeId}
        className="embed-code"
        readOnly
        value={snippet}
        rows={12}
        aria-label={t("codeLabel")}
      />
      <button
        type="button"
        className="button button-primary"
        onClick={async () => setCopied(await copyText(snippet))}
      >
        {t("copy")}
      </button>
      <p className="embed-status" role="status">
        {copied === true && t("copied")}
        {copied === false && t("copyFailed")}
      </p>
    </section>
  );
}
