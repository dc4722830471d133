import { FORMAT_IDS, formatForYear, getFormat } from "@/lib/format";
import type { FormatDef } from "@/lib/format/types";
import { detectFormat } from "./detect-format";
import { findDateCandidates } from "./find-date-candidates";
import { unflattenLines } from "./flattened-page";
import { dropPageNumbers } from "./page-numbers";
import { findTitle, findYearElsewhere, isTitleLine, otherTitles } from "./find-title";
import { keyLines } from "./keyed-lines";
import { textLines } from "./line-text";
import { isFurniture, isSignatureLine } from "./page-furniture";
import { readGovReport } from "./read-gov-report";
import { readStatReport } from "./read-stat-report";
import { splitSections } from "./split-sections";
import { datePublication } from "./date-imported-report";
import type { DateCandidate } from "./publication-date";
import { tokenizeText } from "./tokenize-text";
import { dropExtraColumns } from "./extra-columns";
import type { ImportIssue, ImportResult, SourceLine } from "./types";

export interface ImportOptions {
  /**
   * Dates known from outside the text (a PDF's metadata, the admin's entry),
   * weighed with the ones found in it by `choosePublicationDate`.
   */
  dateCandidates?: readonly DateCandidate[];
}

// Both gov formats print the same six headings; the splitter reads them from the definition.
const GOV_SECTIONS = getFormat("gov-2021").sections;
/** Headings needed to call a text without recognisable tables a report (tables pasted as images, E02). */
const MIN_HEADINGS_WITHOUT_TABLES = 3;
/** Lines after the title still counted as the page head when no heading follows (stat-2014). */
const HEAD_LINES_AFTER_TITLE = 3;

/** The first column header of a format's first table (本年制发件数 …), named as an example. */
function firstColumnLabel(format: FormatDef): string | undefined {
  const table = format.tables[0];
  if (table?.layout === "blocks") return table.blocks[0]?.columns[0]?.label;
  if (table?.layout === "list") return table.columns[0];
  return undefined;
}

const NOT_A_REPORT =
  "无法识别为政府信息公开工作年度报告：未找到年度报告的表格栏目（如" +
  FORMAT_IDS.map((id) => firstColumnLabel(getFormat(id)))
    .filter((label) => label !== undefined)
    .map((label) => `“${label}”`)
    .join("") +
  `），也未找到足够的部分标题（${GOV_SECTIONS[0]?.heading ?? ""} …… ${GOV_SECTIONS.at(-1)?.heading ?? ""}）`;
const NO_YEAR = "无法确定报告年度：未找到“XXXX年政府信息公开工作年度报告”这样的标题";

/**
 * Tokenized source to a structured report. Pure: the same lines always give
 * the same result; what cannot be read is an issue, never a guess.
 */
export function importLines(source: SourceLine[], options: ImportOptions = {}): ImportResult {
  const lines = dropExtraColumns(dropPageNumbers(unflattenLines(source)));
  const doc = keyLines(lines);
  const title = findTitle(lines);
  const spans = splitSections(lines, GOV_SECTIONS);
  const evidence = detectFormat(lines);
  const year = title?.year ?? findYearElsewhere(lines);
  const issues: ImportIssue[] = [];

  let format = evidence?.format ?? null;
  if (!format) {
    if (spans.size < MIN_HEADINGS_WITHOUT_TABLES || year === null)
      return { ok: false, message: NOT_A_REPORT };
    format = formatForYear(year);
    issues.push({
      kind: "format-from-year",
      cells: [],
      raw: null,
      message: `未能从表格栏目识别报告格式（表格可能缺失或为图片），按报告年度推定为${format.title}，请核对`,
    });
  }
  if (year === null) return { ok: false, message: NO_YEAR };

  const isList = format.tables.some((table) => table.layout === "list");
  const body = isList ? readStatReport(doc, format, title?.line ?? -1) : readGovReport(doc, spans, format);
  const others = title ? otherTitles(lines, title) : [];
  if (title && others.length > 0) {
    issues.push({
      kind: "several-reports",
      cells: [],
      raw: others.join("；"),
      message: `页面中不止一份年度报告（另有：${others.join("；")}），只读取了${title.year}年度的这一份，其他报告的内容可能混入，请分开导入`,
    });
  }
  if (!title?.organ) {
    issues.push({ kind: "missing-organ", cells: [], raw: null, message: "标题中未找到报告机关名称" });
  }

  const firstHeading = Math.min(...[...spans.values()].map((span) => span.heading), lines.length);
  const headEnd =
    spans.size > 0 ? firstHeading : Math.min(lines.length, (title?.lastLine ?? 0) + HEAD_LINES_AFTER_TITLE);
  const head = textLines(lines.slice(0, headEnd));
  const preambleStart = title ? title.lastLine + 1 : 0;
  const preamble = spans.size > 0 ? textLines(lines.slice(preambleStart, firstHeading)) : [];
  const dated = datePublication(
    [...findDateCandidates(head, body.signature), ...(options.dateCandidates ?? [])],
    year,
  );

  return {
    ok: true,
    format,
    organ: title?.organ ?? null,
    year,
    data: body.data,
    issues: [...issues, ...body.issues],
    ...("staleTables" in body && body.staleTables.length > 0 ? { staleTables: body.staleTables } : {}),
    ...dated,
    preamble: preamble
      .filter((line) => !isFurniture(line) && !isSignatureLine(line) && !isTitleLine(line))
      .join("\n"),
  };
}

/** Text copied from a web page or read from a .txt file. */
export function importText(text: string, options: ImportOptions = {}): ImportResult {
  return importLines(tokenizeText(text), options);
}
