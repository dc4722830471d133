import { chinaDate } from "@/lib/publications/china-date";

/**
 * When a report was published, as evidence: every date the importer (or a
 * caller: the PDF reader's metadata, the admin's entry) found, each with
 * where it came from, and one pure rule that picks among them.
 */

/** Where a date came from, in order of precedence (first wins). */
const DATE_SOURCES = [
  "admin",
  "publish-label",
  "date-label",
  "date-line",
  "written-label",
  "signature",
  "pdf-metadata",
] as const;

export type DateSource = (typeof DATE_SOURCES)[number];

export function isDateSource(value: unknown): value is DateSource {
  return typeof value === "string" && (DATE_SOURCES as readonly string[]).includes(value);
}

/** Said in the import preview, the CLI and the public pages. */
export const DATE_SOURCE_LABELS: Record<DateSource, string> = {
  admin: "管理员填写",
  "publish-label": "发布日期行",
  "date-label": "日期行",
  "date-line": "标题下的日期",
  "written-label": "成文日期行",
  signature: "落款日期",
  "pdf-metadata": "PDF 元数据",
};

export interface DateCandidate {
  /** YYYY-MM-DD, the Beijing calendar day. */
  date: string;
  source: DateSource;
  /** The text the date was read from, as found. */
  raw: string;
}

/** YYYY-MM-DD when year-month-day is a real calendar day (02-31 is not), else null. */
export function calendarDay(year: number, month: number, day: number): string | null {
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day)
    return null;
  return date.toISOString().slice(0, 10);
}

/**
 * Why a candidate cannot be the publication date of a report of `year`, or
 * null. A report covers the whole calendar year, so a date on or before its
 * 31 December is a date the text talks about (or a template's), not the day
 * it was posted.
 */
export function dateCandidateProblem(candidate: DateCandidate, year: number): string | null {
  if (candidate.date <= `${year}-12-31`) return `早于${year}年度结束，不可能是公开日期`;
  return null;
}

/**
 * The publication date among the candidates: the first of the highest
 * precedence source (DATE_SOURCES order) that is plausible for the year.
 * The page's own posting date beats the date it was signed, which beats the
 * file's metadata (often the day a draft or a template was made).
 */
export function choosePublicationDate(
  candidates: readonly DateCandidate[],
  year: number,
): DateCandidate | null {
  const plausible = candidates.filter((candidate) => dateCandidateProblem(candidate, year) === null);
  for (const source of DATE_SOURCES) {
    const found = plausible.find((candidate) => candidate.source === source);
    if (found) return found;
  }
  return null;
}

/** Candidates in precedence order (stable within a source), for showing what was found. */
export function rankDateCandidates(candidates: readonly DateCandidate[]): DateCandidate[] {
  return DATE_SOURCES.flatMap((source) => candidates.filter((candidate) => candidate.source === source));
}

/**
 * A PDF's metadata date (CreationDate/ModDate, already parsed to an instant)
 * as a candidate: the Beijing day of that instant.
 */
export function pdfMetadataCandidate(instant: Date, raw: string): DateCandidate | null {
  if (Number.isNaN(instant.getTime())) return null;
  return { date: chinaDate(instant), source: "pdf-metadata", raw };
}
