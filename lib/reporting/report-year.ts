/**
 * Reporting calendar. A report for year Y covers Y and is filled in from
 * October of Y until the county's deadline early in Y+1, so from October on
 * the current year is the one being reported; before that, last year's.
 */
export function currentReportYear(today: Date): number {
  const year = today.getFullYear();
  return today.getMonth() >= 9 ? year : year - 1;
}

const MONTH_DAY = /^(\d{2})-(\d{2})$/;

/**
 * The deadline of a report year from a county's MM-DD setting (of the
 * following year). A day the month lacks that year (02-29 outside leap
 * years) becomes the month's last day, so the deadline is always a real date.
 */
export function deadlineOf(reportYear: number, monthDay: string): string {
  const m = MONTH_DAY.exec(monthDay);
  const [month, day] = m ? [Number(m[1]), Number(m[2])] : [1, 31];
  const year = reportYear + 1;
  const lastDay = new Date(Date.UTC(year, month, 0)).getUTCDate();
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${year}-${pad(month)}-${pad(Math.min(day, lastDay))}`;
}

/** Whole days from `today` to `deadline` (negative once overdue). Dates as YYYY-MM-DD. */
export function daysUntil(deadline: string, today: string): number {
  const ms = Date.parse(`${deadline}T00:00:00Z`) - Date.parse(`${today}T00:00:00Z`);
  return Math.round(ms / 86_400_000);
}

export function isoDate(d: Date): string {
  return d.toISOString().slice(0, 10);
}

export function deadlineLabel(deadline: string, today: string): string {
  const days = daysUntil(deadline, today);
  if (days >= 0) return `剩余${days}天`;
  return `已逾期${-days}天`;
}
