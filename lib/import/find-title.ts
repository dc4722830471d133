import { textLines } from "./line-text";
import { isFurniture } from "./page-furniture";
import type { SourceLine } from "./types";

export interface ReportTitle {
  /** Line index of the title. */
  line: number;
  organ: string | null;
  year: number;
}

// "吉县屯里镇人民政府 2020年政府信息公开工作年度报告", "曲峨镇 2020 年政府信息公开年度报告".
const TITLE = /^(.{0,40}?)(\d{4})年度?政府信息公开(?:工作)?(?:年度)?报告$/;
// A stat-2014 table states its year in its own title ("2018年度政府信息公开情况统计表").
const YEAR_ELSEWHERE = /(\d{4})年度?政府信息公开(?:工作)?(?:年度)?(?:报告|情况统计表)/;
const MIN_YEAR = 1990;
const MAX_YEAR = 2100;
const MAX_TITLE_LENGTH = 80;

function compact(text: string): string {
  return text
    .normalize("NFKC")
    .replace(/[\s\u00a0\u3000]+/g, "")
    .replace(/^[《【]|[》】]$/g, "");
}

function plausibleYear(text: string | undefined): number | null {
  const year = Number(text);
  return Number.isInteger(year) && year >= MIN_YEAR && year <= MAX_YEAR ? year : null;
}

/**
 * Full organ name from the signature when the title abbreviates it
 * (seed 001: title 金盆乡, signed 金盆苗族彝族乡人民政府).
 */
function signedOrgan(lines: readonly SourceLine[], organ: string): string | null {
  if (/政府$/.test(organ) || organ.length < 2) return null;
  const stem = organ.slice(0, 2);
  for (const text of textLines(lines)) {
    const candidate = compact(text);
    if (candidate.length <= 30 && candidate.startsWith(stem) && /人民政府$/.test(candidate)) return candidate;
  }
  return null;
}

/** Does the line read like a report title (a page may repeat the title under a banner)? */
export function isTitleLine(text: string): boolean {
  return text.length <= MAX_TITLE_LENGTH && TITLE.test(compact(text));
}

/** The report's title (organ and year), the first line that reads like one. */
export function findTitle(lines: readonly SourceLine[]): ReportTitle | null {
  for (const line of lines) {
    for (const text of textLines([line])) {
      // "上一篇：…年度报告" links to another report.
      if (text.length > MAX_TITLE_LENGTH || isFurniture(text)) continue;
      const match = TITLE.exec(compact(text));
      const year = plausibleYear(match?.[2]);
      if (!match || year === null) continue;
      // A label before the organ ("标题：") is not part of it.
      const organ = (match[1] ?? "").replace(/^.*[:：]/, "");
      return { line: line.index, organ: organ === "" ? null : (signedOrgan(lines, organ) ?? organ), year };
    }
  }
  return null;
}

/** Without a title, the year the text names its report or statistics table for, if any. */
export function findYearElsewhere(lines: readonly SourceLine[]): number | null {
  for (const text of textLines(lines)) {
    const year = plausibleYear(YEAR_ELSEWHERE.exec(compact(text))?.[1]);
    if (year !== null) return year;
  }
  return null;
}
