import { readDay } from "./find-date-candidates";
import type { DateCandidate } from "./publication-date";

export type EnteredDate = { ok: true; candidate: DateCandidate | null } | { ok: false; message: string };

/**
 * The publication date an admin types when the source has none. Empty means
 * unknown (stored as 日期不详, never as the day of import). It must be a real
 * day (02-31 is refused), after the report year and not after today.
 */
export function parseEnteredDate(input: unknown, year: number, today: string): EnteredDate {
  const text = typeof input === "string" ? input.trim() : "";
  if (text === "") return { ok: true, candidate: null };
  const day = readDay(text);
  if (!day.ok)
    return {
      ok: false,
      message:
        day.reason === "calendar"
          ? `公开日期“${text}”不是真实存在的日期，请核对`
          : `公开日期“${text}”无法识别，请按 2021-01-27 或 2021年1月27日 填写，或留空（记为日期不详）`,
    };
  if (day.date <= `${year}-12-31`)
    return { ok: false, message: `公开日期应晚于${year}年12月31日（报告年度结束之后）` };
  if (day.date > today) return { ok: false, message: "公开日期不能晚于今天" };
  return { ok: true, candidate: { date: day.date, source: "admin", raw: text } };
}
