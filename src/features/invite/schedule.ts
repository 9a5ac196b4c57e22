// Date and time of a planned call, as <input type="date"> and <input type="time"> read them.

export interface ScheduleFields {
  /** "2026-07-15" */
  date: string;
  /** "18:00" */
  time: string;
}

const pad = (n: number) => String(n).padStart(2, "0");

/** The next full hour after `now` (local time): a sensible default for "when shall we talk?". */
export function nextFullHour(now: Date): ScheduleFields {
  const next = new Date(now.getTime());
  next.setMinutes(0, 0, 0);
  next.setHours(next.getHours() + 1);
  return {
    date: `${next.getFullYear()}-${pad(next.getMonth() + 1)}-${pad(next.getDate())}`,
    time: `${pad(next.getHours())}:${pad(next.getMinutes())}`,
  };
}

/** The local moment the fields describe, or null if they do not describe one. */
export function startFromFields({ date, time }: ScheduleFields): Date | null {
  const d = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  const t = /^(\d{2}):(\d{2})(?::\d{2})?$/.exec(time);
  if (!d || !t) return null;
  const [year, month, day, hours, minutes] = [d[1], d[2], d[3], t[1], t[2]].map(Number) as [
    number,
    number,
    number,
    number,
    number,
  ];
  const start = new Date(year, month - 1, day, hours, minutes);
  // new Date rolls 31 February over into March; such input is not a date.
  const valid =
    start.getFullYear() === year &&
    start.getMonth() === month - 1 &&
    start.getDate() === day &&
    hours < 24 &&
    minutes < 60;
  return valid ? start : null;
}
