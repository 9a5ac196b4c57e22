import { type FormEvent, useId, useState } from "react";
import { useTranslation } from "react-i18next";
import { config } from "../../config";
import { downloadTextFile } from "../../lib/download";
import { buildIcs, type CalendarRepeat, calendarProductId, icsFileName } from "./calendar";
import "./CalendarSection.css";
import { nextFullHour, startFromFields } from "./schedule";
import { useInviteText } from "./useInviteText";
import { StatusMessage, useStatusMessage } from "./useStatusMessage";

const DURATION_MINUTES = 60;
const REPEATS: readonly CalendarRepeat[] = ["once", "weekly", "biweekly"];

/** "Termin planen": a calendar file (.ics) with the link and the invitation, made on the device. */
export function CalendarSection({ link }: { link: string }) {
  const { t } = useTranslation("invite");
  const inviteText = useInviteText();
  const status = useStatusMessage();
  const [fields, setFields] = useState(() => nextFullHour(new Date()));
  const [title, setTitle] = useState(() => t("calendar.title", { appName: config.tenant.appName }));
  const [invalid, setInvalid] = useState(false);
  const [repeat, setRepeat] = useState<CalendarRepeat>("once");
  const repeatName = useId();

  const download = (event: FormEvent) => {
    event.preventDefault();
    const start = startFromFields(fields);
    setInvalid(!start);
    if (!start) return;
    const summary = title.trim() || t("calendar.title", { appName: config.tenant.appName });
    const ics = buildIcs({
      title: summary,
      start,
      durationMinutes: DURATION_MINUTES,
      link,
      // A standing call: the note tells the family they can always use this one link.
      description:
        repeat === "once" ? inviteText(link) : `${inviteText(link)}\n\n${t("calendar.sameLink")}`,
      repeat,
      alarmText: t("calendar.alarm"),
      productId: calendarProductId(config.tenant.appName),
    });
    const file = icsFileName(summary);
    const saved = downloadTextFile(file, ics, "text/calendar;charset=utf-8");
    status.announce(saved ? t("calendar.downloaded", { file }) : t("calendar.failed"));
  };

  const errorProps = invalid
    ? { "aria-invalid": true, "aria-describedby": "share-calendar-error" }
    : {};
  return (
    <section className="share-section" aria-labelledby="share-calendar-heading">
      <h3 id="share-calendar-heading">{t("calendar.heading")}</h3>
      <p className="share-hint">{t("calendar.hint")}</p>
      <form className="share-calendar" onSubmit={download} noValidate>
        <div className="share-fields">
          {(["date", "time"] as const).map((field) => (
            <label key={field} className="share-label">
              {t(`calendar.${field}`)}
              <input
                className="field-input share-input"
                type={field}
                required
                value={fields[field]}
                onChange={(event) => setFields({ ...fields, [field]: event.target.value })}
                {...errorProps}
              />
            </label>
          ))}
        </div>
        <label className="share-label">
          {t("calendar.titleLabel")}
          <input
            className="field-input share-input"
            type="text"
            value={title}
            onChange={(event) => setTitle(event.target.value)}
          />
        </label>
        <fieldset className="share-repeat">
          <legend className="share-label">{t("calendar.repeat.legend")}</legend>
          {REPEATS.map((option) => (
            <label key={option} className="share-radio">
              <input
                type="radio"
                name={repeatName}
                value={option}
                checked={repeat === option}
                onChange={() => setRepeat(option)}
              />
              {t(`calendar.repeat.${option}`)}
            </label>
          ))}
        </fieldset>
        {invalid && (
          <p className="field-error" id="share-calendar-error" role="alert">
            {t("calendar.invalid")}
          </p>
        )}
        <button type="submit" className="button button-primary">
          {t("calendar.download")}
        </button>
      </form>
      <StatusMessage {...status} />
    </section>
  );
}
