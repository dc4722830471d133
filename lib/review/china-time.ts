/**
 * Times shown to reviewers are Beijing times: the county office reads its own
 * clock, whatever zone the server runs in (see lib/publications/china-date.ts).
 */
const MINUTE = new Intl.DateTimeFormat("en-CA", {
  timeZone: "Asia/Shanghai",
  year: "numeric",
  month: "2-digit",
  day: "2-digit",
  hour: "2-digit",
  minute: "2-digit",
  hourCycle: "h23",
});

/** "YYYY-MM-DD HH:mm" in Beijing time. */
export function chinaDateTime(moment: Date): string {
  const parts = Object.fromEntries(MINUTE.formatToParts(moment).map((p) => [p.type, p.value]));
  return `${parts.year}-${parts.month}-${parts.day} ${parts.hour}:${parts.minute}`;
}
