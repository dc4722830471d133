import { statValueKind } from "@/lib/format/cell-value-rules";
import { parseCellInput } from "@/lib/format/parse-cell-input";
import type { StatRow } from "@/lib/format/report-data";
import type { ListTable } from "@/lib/format/types";
import { findCell, type KeyedLines } from "./keyed-lines";
import { labelMatcher } from "./label-key";
import { soleCell } from "./line-text";
import type { ImportIssue } from "./types";
import { isBlankMarker, isSplitNumber, isValueText } from "./value-text";

const MAX_UNIT_LENGTH = 4;
// The stored row's limits (report-data-schema); longer text is not a row of the table.
const MAX_LABEL_LENGTH = 200;
// Lines under the table that are not rows (signatures of the people responsible).
const TABLE_FOOTER = /^(单位负责人|审核人|填报人|联系电话|填报日期)/;

export interface StatRead {
  rows: StatRow[];
  issues: ImportIssue[];
  /** First line of the table (its header), for where the narrative ends. */
  headerLine: number;
}

/** Spaces typed inside a label ("社 会稳定") go; spaces before a note stay. */
function cleanLabel(text: string): string {
  return text.trim().replace(/(?<=[\u4e00-\u9fff])[\s\u00a0\u3000]+(?=[\u4e00-\u9fff])/g, "");
}

function isUnit(text: string): boolean {
  const unit = text.trim();
  return unit.length > 0 && unit.length <= MAX_UNIT_LENGTH && /^[\u4e00-\u9fff]+$/.test(unit);
}

/** Does (label, unit, value) read as one row of the table? */
function fitsRow(label: string | null, unit: string | null, value: string | null): boolean {
  if (label === null || unit === null || value === null) return false;
  if (label === "" || label.length > MAX_LABEL_LENGTH || isValueText(label)) return false;
  return (unit === "" || isUnit(unit)) && (value === "" || isValueText(value));
}

function misaligned(raw: string, table: ListTable): ImportIssue {
  return {
    kind: "row-misaligned",
    cells: [],
    raw,
    message: `统计表中“${raw}”无法按“${table.columns.join("、")}”三栏对齐，未导入`,
  };
}

function statRow(
  label: string,
  unit: string,
  valueText: string,
  table: ListTable,
  issues: ImportIssue[],
): StatRow {
  const row: StatRow = { label: cleanLabel(label), unit: unit.trim(), value: null };
  const text = valueText.trim();
  if (text === "" || isBlankMarker(text)) return row;
  const parsed = isSplitNumber(text)
    ? { ok: false as const, message: "数字中间有空格或换行" }
    : parseCellInput(text, statValueKind(row.unit));
  if (parsed.ok) return { ...row, value: parsed.value };
  issues.push({
    kind: "unreadable-cell",
    cells: [],
    raw: text,
    message: `统计表“${row.label}”的${table.columns[2]}原文“${text}”无法读取（${parsed.message}），已按空白导入`,
  });
  return row;
}

/**
 * stat-2014's free list of (统计指标, 单位, 统计数) rows: as table rows, as
 * pipe cells one per line (seed 001), or as plain lines.
 */
export function readStatTable(doc: KeyedLines, table: ListTable): StatRead | null {
  const header = findCell(doc, 0, doc.lines.length, labelMatcher([table.columns[0]]));
  if (!header) return null;
  const headerLine = doc.lines[header.line];
  const rows: StatRow[] = [];
  const issues: ImportIssue[] = [];
  if (!headerLine) return null;

  if (headerLine.cells.length >= 3) {
    for (let i = header.line + 1; i < doc.lines.length; i += 1) {
      const line = doc.lines[i];
      if (!line || line.kind !== headerLine.kind || line.group !== headerLine.group || line.cells.length < 2)
        break;
      const [label = "", ownUnit = "", value = ""] = line.cells;
      if (label === "") continue;
      // A unit merged down several rows (rowspan) applies to each of them.
      const unit = ownUnit || (line.covered?.[1] ?? "");
      if (fitsRow(label, unit, value)) rows.push(statRow(label, unit, value, table, issues));
      else issues.push(misaligned(line.cells.join(" | "), table));
    }
    return { rows, issues, headerLine: header.line };
  }

  const isHeader = labelMatcher([...table.columns]);
  let i = header.line + 1;
  while (i < doc.lines.length && isHeader(doc.keys[i]?.[0] ?? "")) i += 1;
  const cellOf = (at: number): string | null => {
    const line = doc.lines[at];
    if (!line) return null;
    if (line.kind === "pipe") return line.cells[0] ?? "";
    return soleCell(line);
  };

  if (headerLine.kind === "pipe") {
    // One pipe cell per line: label, unit, value, strictly in threes.
    // A triple that does not fit is reported and skipped one line at a time until rows fit again.
    while ([i, i + 1, i + 2].every((at) => doc.lines[at]?.kind === "pipe")) {
      const [label, unit, value] = [cellOf(i), cellOf(i + 1), cellOf(i + 2)];
      if (fitsRow(label, unit, value)) {
        rows.push(statRow(label ?? "", unit ?? "", value ?? "", table, issues));
        i += 3;
        continue;
      }
      if (label) issues.push(misaligned(label, table));
      i += 1;
    }
    return { rows, issues, headerLine: header.line };
  }

  while (i < doc.lines.length) {
    const label = cellOf(i);
    if (label === null || !fitsRow(label, "", "") || TABLE_FOOTER.test(label)) break;
    i += 1;
    let unit = "";
    const maybeUnit = cellOf(i);
    if (maybeUnit !== null && isUnit(maybeUnit)) {
      unit = maybeUnit;
      i += 1;
    }
    let value = "";
    const maybeValue = cellOf(i);
    if (maybeValue !== null && isValueText(maybeValue)) {
      value = maybeValue;
      i += 1;
    }
    rows.push(statRow(label, unit, value, table, issues));
  }
  return { rows, issues, headerLine: header.line };
}
