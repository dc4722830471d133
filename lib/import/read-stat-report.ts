import type { StatReportData } from "@/lib/format/report-data";
import type { FormatDef } from "@/lib/format/types";
import type { KeyedLines } from "./keyed-lines";
import { textLines } from "./line-text";
import { cleanNarrative } from "./page-furniture";
import { readStatTable } from "./read-stat-table";
import type { ImportIssue } from "./types";

/**
 * A pre-2019 report: the text between the title and the statistics table is
 * the report (报告正文); the table is read as its list of rows.
 */
export function readStatReport(
  doc: KeyedLines,
  format: FormatDef,
  titleLine: number,
): { data: StatReportData; issues: ImportIssue[]; signature: string[] } {
  const table = format.tables.find((t) => t.layout === "list");
  const stat = table?.layout === "list" ? readStatTable(doc, table) : null;
  const end = stat ? stat.headerLine : doc.lines.length;
  const body = doc.lines
    .slice(titleLine + 1, end)
    .filter((line) => line.kind === "text" || line.cells.length === 1);
  const cleaned = cleanNarrative(textLines(body));
  return {
    data: { narratives: { s1: cleaned.paragraphs.join("\n") }, tables: { STAT: stat?.rows ?? [] } },
    issues: stat?.issues ?? [],
    signature: cleaned.signature,
  };
}
