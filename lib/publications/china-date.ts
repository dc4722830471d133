/**
 * Publication dates are facts about a Chinese office's calendar: a report
 * posted at 07:00 on 1 February Beijing time is late even though it is still
 * 31 January in UTC. Every public date is therefore the Asia/Shanghai date.
 */
const DAY = new Intl.DateTimeFormat("en-CA", {
  timeZone: "Asia/Shanghai",
  year: "numeric",
  month: "2-digit",
  day: "2-digit",
});

/** YYYY-MM-DD in Beijing time. */
export function chinaDate(moment: Date | string): string {
  return DAY.format(typeof moment === "string" ? new Date(moment) : moment);
}

/** "2022年1月20日" from YYYY-MM-DD, the way the pages print dates. */
export function chineseDateLabel(isoDay: string): string {
  const [year, month, day] = isoDay.split("-").map(Number);
  return `${year}年${month}月${day}日`;
}

/** What every page says for a publication date the source did not give. */
export const UNKNOWN_DATE_LABEL = "日期不详";

/** YYYY-MM-DD in Beijing time, or null for an unknown date. */
export function chinaDateOrNull(moment: Date | null): string | null {
  return moment ? chinaDate(moment) : null;
}

/** "2022年1月20日", or 日期不详. */
export function dateLabelOrUnknown(isoDay: string | null): string {
  return isoDay ? chineseDateLabel(isoDay) : UNKNOWN_DATE_LABEL;
}
