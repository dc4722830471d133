import { calendarDay, type DateCandidate, type DateSource } from "./publication-date";

// 2021-01-30, 2021/1/30, 2021.01.30, 2021年1月30日 (spaces allowed between parts).
const DATE = String.raw`(\d{4})\s*(?:[-/.]\s*(\d{1,2})\s*[-/.]\s*(\d{1,2})(?!\d)|年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日)`;
const TIME = String.raw`(?:\s*\d{1,2}:\d{2}(?::\d{2})?)?`;

const LABEL_SOURCES: Record<string, DateSource> = {
  发布日期: "publish-label",
  发布时间: "publish-label",
  公开日期: "publish-label",
  公开时间: "publish-label",
  成文日期: "written-label",
  成文时间: "written-label",
  日期: "date-label",
  时间: "date-label",
};

/**
 * A labelled date: the label must start a word (not 统计时间, 填报日期,
 * 受理时间, which label periods and forms inside the text), then a colon.
 */
const LABELLED = new RegExp(
  String.raw`(?<!\p{Script=Han})(${Object.keys(LABEL_SOURCES).join("|")})\s*:\s*${DATE}`,
  "gu",
);
const DATE_ALONE = new RegExp(String.raw`^${DATE}${TIME}$`, "u");
const ANY_DATE = new RegExp(DATE, "gu");

function dayOf(match: RegExpExecArray, first: number): string | null {
  const year = Number(match[first]);
  const month = Number(match[first + 1] ?? match[first + 3]);
  const day = Number(match[first + 2] ?? match[first + 4]);
  return calendarDay(year, month, day);
}

// NFKC folds full-width digits and colons (２０２１，：) into ASCII.
const normalize = (line: string) => line.normalize("NFKC").trim();

function labelledDates(line: string): DateCandidate[] {
  const found: DateCandidate[] = [];
  for (const match of normalize(line).matchAll(LABELLED)) {
    const date = dayOf(match, 2);
    const source = LABEL_SOURCES[match[1] ?? ""];
    if (date && source) found.push({ date, source, raw: match[0] });
  }
  return found;
}

/**
 * A text that is one date and nothing else (a time may follow), as YYYY-MM-DD;
 * "calendar" when it is shaped like a date but the day does not exist (02-31).
 */
export function readDay(
  text: string,
): { ok: true; date: string } | { ok: false; reason: "shape" | "calendar" } {
  const match = DATE_ALONE.exec(normalize(text));
  if (!match) return { ok: false, reason: "shape" };
  const date = dayOf(match, 1);
  return date ? { ok: true, date } : { ok: false, reason: "calendar" };
}

function dateAlone(line: string): DateCandidate | null {
  const day = readDay(line);
  return day.ok ? { date: day.date, source: "date-line", raw: normalize(line) } : null;
}

function signatureDates(line: string): DateCandidate[] {
  const found: DateCandidate[] = [];
  for (const match of normalize(line).matchAll(ANY_DATE)) {
    const date = dayOf(match, 1);
    if (date) found.push({ date, source: "signature", raw: match[0] });
  }
  return found;
}

/**
 * Every date that can say when the report was posted, with its source: in
 * the page head (the lines above 一、总体情况) a labelled date
 * (发布日期/发布时间/日期/时间/成文日期 + colon) or a line holding only a
 * date, and any date in the signature block under the last section. Dates
 * inside the narrative (statistics periods, 截至…) are never looked at.
 */
export function findDateCandidates(
  pageHead: readonly string[],
  signature: readonly string[],
): DateCandidate[] {
  const head = pageHead.flatMap((line) => {
    const alone = dateAlone(line);
    return alone ? [alone] : labelledDates(line);
  });
  return [...head, ...signature.flatMap(signatureDates)];
}
