import { useTranslation } from "react-i18next";
import type { DeviceProblems } from "./useCallProblems";

/** The help page (reserved in config/paths.ts); its camera section explains more. */
const HELP_PAGE = "/hilfe";

/** Help when camera or microphone fail: over the call, never ending it. */
export function DeviceNotice({
  problems,
  onDismiss,
}: {
  problems: DeviceProblems;
  onDismiss: () => void;
}) {
  const { t } = useTranslation();
  const { camera, microphone } = problems;
  if (!camera && !microphone) return null;
  const heading = camera && microphone ? "both" : camera ? "camera" : "microphone";
  const blocked = Boolean(camera?.blocked || microphone?.blocked);
  return (
    <section className="call-notice" role="alert" aria-labelledby="device-notice-heading">
      <h2 id="device-notice-heading">{t(`meeting.callErrors.device.${heading}`)}</h2>
      <p>
        {t(blocked ? "meeting.callErrors.device.blocked" : "meeting.callErrors.device.unavailable")}
      </p>
      <p>{t("meeting.callErrors.device.howTo")}</p>
      <div className="actions">
        {/* A new tab, so the call stays where it is. */}
        <a className="button button-secondary" href={HELP_PAGE} target="_blank" rel="noopener">
          {t("meeting.callErrors.device.help")}{" "}
          <span className="visually-hidden">({t("meeting.callErrors.device.newTab")})</span>
        </a>
        <button type="button" className="button button-primary" onClick={onDismiss}>
          {t("meeting.callErrors.device.dismiss")}
        </button>
      </div>
    </section>
  );
}
