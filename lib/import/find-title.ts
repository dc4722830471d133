import { textLines } from "./line-text";
import { isFurniture } from "./page-furniture";
import type { SourceLine } from "./types";

export interface ReportTitle {
  /** Line index of the title. */
  line: number;
  /** Last line of the title (a title printed over two lines ends on the next). */
  lastLine: number;
  organ: string | null;
  year: number;
}

// "吉县屯里镇人民政府 2020年政府信息公开工作年度报告", "曲峨镇 2020 年政府信息公开年度报告".
const TITLE = /^(.{0,40}?)(\d{4})年度?政府信息公开(?:工作)?(?:年度)?报告$/;
// "2019年上海市人民政府办公厅政府信息公开工作年度报告": the year before the organ.
const YEAR_FIRST_TITLE = /^(\d{4})年度?(.{2,40}?)政府信息公开(?:工作)?(?:年度)?报告$/;
// "发布机构：某某镇人民政府" on the page when the title names no organ.
const PUBLISHER = /^(?:发布机构|发文机关|发布单位)\s*[:：]\s*([^\s:：]{2,40})$/;
/** A title's second line is short ("年度报告", "工作年度报告"). */
const MAX_TITLE_TAIL = 20;
// A stat-2014 table states its year in its own title ("2018年度政府信息公开情况统计表").
const YEAR_ELSEWHERE = /(\d{4})年度?政府信息公开(?:工作)?(?:年度)?(?:报告|情况统计表)/;
const MIN_YEAR = 1990;
const MAX_YEAR = 2100;
const MAX_TITLE_LENGTH = 80;

function compact(text: string): string {
  return (
    text
      .normalize("NFKC")
      // A markdown heading mark before the title ("# 某县人民政府2025年…") is layout, not the organ's.
      .replace(/^\s*#+\s*/, "")
      .replace(/[\s\u00a0\u3000]+/g, "")
      .replace(/^[《【]|[》】]$/g, "")
  );
}

function plausibleYear(text: string | undefined): number | null {
  const year = Number(text);
  return Number.isInteger(year) && year >= MIN_YEAR && year <= MAX_YEAR ? year : null;
}

/** Does `full` hold every character of `short` in order (金盆乡 in 金盆苗族彝族乡人民政府)? */
function extends_(full: string, short: string): boolean {
  let at = 0;
  for (const char of full) if (char === short[at]) at += 1;
  return at === short.length;
}

/**
 * Full organ name from the signature when the title abbreviates it
 * (seed 001: title 金盆乡, signed 金盆苗族彝族乡人民政府). The signed name
 * must complete the title's, never replace it: a department's title
 * (沭阳县发展和改革局) is not turned into its county's government
 * (沭阳县人民政府, the portal's name on the same page).
 */
function signedOrgan(lines: readonly SourceLine[], organ: string): string | null {
  if (/政府$/.test(organ) || organ.length < 2) return null;
  const stem = organ.slice(0, 2);
  for (const text of textLines(lines)) {
    const candidate = compact(text);
    if (
      candidate.length <= 30 &&
      candidate.startsWith(stem) &&
      /人民政府$/.test(candidate) &&
      extends_(candidate, organ)
    ) {
      return candidate;
    }
  }
  return null;
}

/** Organ (as printed, may be empty) and year of a title, in either order; null if the text is no title. */
function parseTitle(text: string): { organ: string; year: number } | null {
  if (text.length > MAX_TITLE_LENGTH) return null;
  const key = compact(text);
  const organFirst = TITLE.exec(key);
  const yearFirst = organFirst ? null : YEAR_FIRST_TITLE.exec(key);
  const year = plausibleYear(organFirst?.[2] ?? yearFirst?.[1]);
  if (year === null) return null;
  // A label before the organ ("标题：") is not part of it.
  const organ = (organFirst?.[1] ?? yearFirst?.[2] ?? "").replace(/^.*[:：]/, "");
  return { organ, year };
}

/** Does the line read like a report title (a page may repeat the title under a banner)? */
export function isTitleLine(text: string): boolean {
  return parseTitle(text) !== null;
}

/** The organ a `发布机构：` line names, for a title that names none. */
function publisher(lines: readonly SourceLine[]): string | null {
  for (const text of textLines(lines)) {
    const organ = PUBLISHER.exec(text.trim())?.[1];
    if (organ) return organ;
  }
  return null;
}

/**
 * Text lines with their source line, in order. A title is one cell: the cells
 * of a table row are taken one by one, never joined, so the row
 * "名称 | 某局2023年政府信息公开年度报告" of a page's information table gives
 * the title without its "名称" label cell.
 */
function indexedTexts(lines: readonly SourceLine[]): { line: number; cell: number; text: string }[] {
  return lines.flatMap((line) =>
    line.cells.flatMap((cell, at) =>
      cell === ""
        ? []
        : textLines([{ ...line, cells: [cell] }]).map((text) => ({ line: line.index, cell: at, text })),
    ),
  );
}

/**
 * The report's title (organ and year): the first line that reads like one,
 * or a line and the short line under it ("…政府信息公开工作" / "年度报告").
 */
export function findTitle(lines: readonly SourceLine[]): ReportTitle | null {
  const texts = indexedTexts(lines);
  for (let i = 0; i < texts.length; i += 1) {
    const { line, cell, text } = texts[i] ?? { line: 0, cell: 0, text: "" };
    // "上一篇：…年度报告" links to another report.
    if (isFurniture(text)) continue;
    const next = texts[i + 1];
    const single = parseTitle(text);
    // A title over two lines, never over two cells of one table row ("名称" | title).
    const otherCell = next !== undefined && next.line === line && next.cell !== cell;
    const joined =
      single || !next || otherCell || next.text.length > MAX_TITLE_TAIL || isFurniture(next.text)
        ? null
        : parseTitle(text + next.text);
    const title = single ?? joined;
    if (!title) continue;
    const named = title.organ === "" ? null : (signedOrgan(lines, title.organ) ?? title.organ);
    return {
      line,
      lastLine: joined && next ? next.line : line,
      organ: named ?? publisher(lines),
      year: title.year,
    };
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

/**
 * Titles of other reports on the page (another year or organ), not counting
 * 上一篇/下一篇 links: a page that holds several reports.
 */
export function otherTitles(lines: readonly SourceLine[], title: ReportTitle): string[] {
  const others = new Set<string>();
  for (const { line, text } of indexedTexts(lines)) {
    if (line >= title.line && line <= title.lastLine) continue;
    if (isFurniture(text)) continue;
    const other = parseTitle(text);
    if (!other) continue;
    const organ = other.organ === "" ? null : other.organ;
    const sameOrgan =
      organ === null || title.organ === null || title.organ.includes(organ) || organ.includes(title.organ);
    if (other.year !== title.year || !sameOrgan) others.add(compact(text));
  }
  return [...others];
}
