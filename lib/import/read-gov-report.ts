import { formatCells, getBlockTable, getGridTable, gridLeaves } from "@/lib/format/cells";
import type { GovReportData } from "@/lib/format/report-data";
import type { FormatDef, FormatId, GridTable, SectionId } from "@/lib/format/types";
import { findStaleTable } from "./find-stale-table";
import type { KeyedLines } from "./keyed-lines";
import { textLines } from "./line-text";
import { cleanNarrative } from "./page-furniture";
import { readBlockRows, readGridRows, type Range, type TableRead } from "./read-tables";
import { readSingleRow } from "./read-single-row";
import type { SectionSpan } from "./split-sections";
import type { ImportIssue, SourceLine } from "./types";

const SECTION_ORDER: readonly SectionId[] = ["s1", "s2", "s3", "s4", "s5", "s6"];

/**
 * Lines a section's content may be in. A missing heading leaves its content
 * inside the previous section's span, so the search starts there.
 */
function sectionRange(spans: ReadonlyMap<SectionId, SectionSpan>, id: SectionId, total: number): Range {
  const at = SECTION_ORDER.indexOf(id);
  let start = 0;
  for (let i = at; i >= 0; i -= 1) {
    const span = spans.get(SECTION_ORDER[i] ?? "s1");
    if (span) {
      start = span.start;
      break;
    }
  }
  let end = total;
  for (let i = at + 1; i < SECTION_ORDER.length; i += 1) {
    const span = spans.get(SECTION_ORDER[i] ?? "s6");
    if (span) {
      end = span.heading;
      break;
    }
  }
  return { start, end };
}

/** A narrative's paragraphs (rows of tables are not narrative), and the signature block under it. */
function narrativeOf(
  lines: readonly SourceLine[],
  span: SectionSpan | undefined,
): { text: string; signature: string[] } {
  if (!span) return { text: "", signature: [] };
  const paragraphs = lines
    .slice(span.start, span.end)
    .filter((line) => line.kind === "text" || line.cells.length === 1);
  const cleaned = cleanNarrative([...(span.inline ? [span.inline] : []), ...textLines(paragraphs)]);
  return { text: cleaned.paragraphs.join("\n"), signature: cleaned.signature };
}

/**
 * Without a heading for 五 (a report that runs its problems section on under
 * （一）（二） after the last table), the paragraphs after T4's values up to
 * the next heading are that section: a table section holds only its table.
 */
function problemsAfterTables(
  spans: ReadonlyMap<SectionId, SectionSpan>,
  t4End: number | undefined,
): SectionSpan | undefined {
  const s4 = spans.get("s4");
  if (!s4 || t4End === undefined || t4End + 1 >= s4.end) return undefined;
  return { id: "s5", heading: t4End, start: t4End + 1, end: s4.end, inline: "" };
}

/** Headings not found: a report published over several pages, or cut short. */
function sectionsMissing(headings: readonly string[]): ImportIssue {
  return {
    kind: "sections-missing",
    cells: [],
    raw: null,
    message: `未找到以下部分：${headings.join("；")}（报告可能分页发布、不完整，或标题写法不同），请核对原文`,
  };
}

/**
 * A table of which no row was found (pasted as an image, on another page):
 * one issue for the table instead of one per row. Only when the missing rows
 * are all of it: a table that lacks one row (a template without the 规章 row)
 * was read, and keeps its "row not found" issue.
 */
function collapseTableNotFound(
  issues: readonly ImportIssue[],
  cellCount: number,
  heading: string,
): ImportIssue[] {
  if (issues.length === 0 || !issues.every((issue) => issue.kind === "row-not-found")) return [...issues];
  if (issues.reduce((sum, issue) => sum + issue.cells.length, 0) < cellCount) return [...issues];
  return [
    {
      kind: "table-not-found",
      cells: issues.flatMap((issue) => issue.cells),
      raw: null,
      message: `未读到“${heading}”的表格（表格可能是图片，或不在这一页上），该表按空白导入，没有推测任何数值`,
    },
  ];
}

/** Cell ids of the rows with these labels. */
function rowCells(format: FormatDef, table: GridTable): (labels: readonly string[]) => string[] {
  const leaves = gridLeaves(table).rows;
  const cells = formatCells(format).byTable[table.id];
  return (labels) => {
    const rows = new Set(leaves.flatMap((leaf, i) => (labels.includes(leaf.label) ? [i] : [])));
    return cells.filter((cell) => rows.has(cell.row)).map((cell) => cell.id);
  };
}

function emptyRead(): TableRead {
  return { rows: [], cellText: {}, issues: [] };
}

/** Narratives and the three tables of a gov-2019 / gov-2021 report. */
export function readGovReport(
  doc: KeyedLines,
  spans: ReadonlyMap<SectionId, SectionSpan>,
  format: FormatDef,
): {
  data: GovReportData;
  issues: ImportIssue[];
  signature: string[];
  staleTables: { tableId: "T2" | "T3" | "T4"; formatId: FormatId }[];
} {
  const total = doc.lines.length;
  const rangeOf = (tableId: string) => {
    const section = format.sections.find((s) => s.tableId === tableId);
    return sectionRange(spans, section?.id ?? "s2", total);
  };
  const t2Table = getBlockTable(format);
  const t3Table = getGridTable(format, "T3");
  const t4Table = getGridTable(format, "T4");
  const t2 = t2Table ? readBlockRows(doc, rangeOf("T2"), format, t2Table) : emptyRead();
  const t3 = t3Table ? readGridRows(doc, rangeOf("T3"), format, t3Table) : emptyRead();
  const stale = t3Table
    ? findStaleTable(doc, rangeOf("T3"), format, t3Table, rowCells(format, t3Table))
    : null;
  if (stale) {
    // The stale-table issue names those rows; "not found" would only repeat it.
    const named = new Set(stale.issue.cells);
    t3.issues = [
      stale.issue,
      ...t3.issues.filter(
        (issue) => issue.kind !== "row-not-found" || !issue.cells.every((id) => named.has(id)),
      ),
    ];
  }
  const t4 = t4Table ? readSingleRow(doc, rangeOf("T4"), format, t4Table) : emptyRead();

  const s1 = narrativeOf(doc.lines, spans.get("s1"));
  const s5 = narrativeOf(doc.lines, spans.get("s5") ?? problemsAfterTables(spans, t4.lastLine));
  if (!spans.has("s5") && s5.text !== "") {
    t4.issues.push({
      kind: "heading-not-found",
      cells: [],
      raw: s5.text.split("\n")[0] ?? null,
      message: `未找到“${format.sections.find((section) => section.id === "s5")?.heading ?? "五"}”标题，已将行政复议、行政诉讼表格之后的文字作为第五部分，请核对`,
    });
  }
  const s6 = narrativeOf(doc.lines, spans.get("s6"));
  const cellText = { ...t2.cellText, ...t3.cellText, ...t4.cellText };
  const data: GovReportData = {
    narratives: { s1: s1.text, s5: s5.text, s6: s6.text },
    tables: { T2: t2.rows, T3: t3.rows, T4: t4.rows[0] ?? formatCells(format).byTable.T4.map(() => null) },
  };
  if (Object.keys(cellText).length > 0) data.cellText = cellText;
  const signature = spans.has("s6") ? s6.signature : s5.signature;
  const staleTables = stale ? [{ tableId: stale.tableId, formatId: stale.formatId }] : [];
  const missing = format.sections.filter(
    (section) => !spans.has(section.id) && !(section.id === "s5" && s5.text !== ""),
  );
  const issues = [
    ...(missing.length > 0 ? [sectionsMissing(missing.map((section) => section.heading))] : []),
    ...[
      { section: "s2", read: t2, cellCount: data.tables.T2.flat().length },
      { section: "s3", read: t3, cellCount: data.tables.T3.flat().length },
      { section: "s4", read: t4, cellCount: data.tables.T4.length },
    ].flatMap(({ section, read, cellCount }) =>
      collapseTableNotFound(
        read.issues,
        cellCount,
        format.sections.find((s) => s.id === section)?.heading ?? section,
      ),
    ),
  ];
  return { data, issues, signature, staleTables };
}
