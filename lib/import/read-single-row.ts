import { formatCells } from "@/lib/format/cells";
import type { FormatDef, GridTable, HeaderNode } from "@/lib/format/types";
import { findCell, type KeyedLines } from "./keyed-lines";
import { labelKey, labelMatcher } from "./label-key";
import { cellsFrom, lineText } from "./line-text";
import { collectValueLines, placeRowCells, spaceRow, type RowCells } from "./read-row-values";
import { formatLabelTest, type Range, type TableRead } from "./read-tables";
import { rowToValues } from "./row-to-values";
import { isValueText } from "./value-text";

function treeLabels(nodes: readonly HeaderNode[]): string[] {
  return nodes.flatMap((node) => [node.label, ...(node.aliases ?? []), ...treeLabels(node.children ?? [])]);
}

function isValueLine(cells: readonly string[]): boolean {
  const filled = cells.filter((cell) => cell !== "");
  return filled.length > 0 && filled.every(isValueText);
}

/** Columns the header rows between `from` and `to` occupy (0 when the header is not in rows). */
function headerWidth(doc: KeyedLines, from: number, to: number): number {
  let width = 0;
  for (let i = from; i < to; i += 1) {
    const cells = doc.lines[i]?.cells ?? [];
    if (cells.length < 2) continue;
    const last = cells.reduce((at, cell, j) => (cell !== "" ? j : at), -1);
    width = Math.max(width, last + 1);
  }
  return width;
}

/** The first line of values from `from` on, placed across `width` columns. */
function valuesFrom(
  doc: KeyedLines,
  from: number,
  end: number,
  width: number,
  format: FormatDef,
): { row: RowCells; valueLine: number } | null {
  for (let i = from; i < end; i += 1) {
    const line = doc.lines[i];
    if (!line || !isValueLine(line.cells)) continue;
    const row =
      line.cells.length > 1
        ? placeRowCells(cellsFrom(line, 0), width, i, spaceRow(line))
        : collectValueLines(doc, i, end, width, formatLabelTest(format));
    return { row, valueLine: i };
  }
  return null;
}

/**
 * Column groups whose children are all leaves (行政复议, 未经复议直接起诉,
 * 复议后起诉), in order, each with the names it may be printed under: its
 * label, or its label qualified by its parent group's ("行政诉讼（未经复议直接起诉）").
 */
function leafGroups(nodes: readonly HeaderNode[], parent?: string): { names: string[]; width: number }[] {
  return nodes.flatMap((node) => {
    const children = node.children ?? [];
    if (children.length === 0) return [];
    if (children.every((child) => !child.children?.length)) {
      const names = parent ? [node.label, `${parent}（${node.label}）`] : [node.label];
      return [{ names, width: children.length }];
    }
    return leafGroups(children, node.label);
  });
}

/** A cell naming a column group: one of its names exactly, or its label as `labelMatcher` finds it. */
function groupMatcher(names: readonly string[]): (key: string) => boolean {
  const [label = ""] = names;
  const plain = labelMatcher([label]);
  const qualified = new Set(names.slice(1).map(labelKey));
  return (key) => plain(key) || qualified.has(key);
}

/**
 * A table printed as one small table per column group (行政复议 / 未经复议直接起诉
 * / 复议后起诉, each with its five numbers): each group's label, then its own
 * line of exactly its columns' values. Null unless every group is found so.
 */
function readByGroups(doc: KeyedLines, range: Range, format: FormatDef, table: GridTable): RowCells | null {
  const cells: string[] = [];
  let cursor = range.start;
  for (const group of leafGroups(table.columns)) {
    const label = findCell(doc, cursor, range.end, groupMatcher(group.names));
    if (!label) return null;
    const found = valuesFrom(doc, label.line, range.end, group.width, format);
    if (!found || found.row.kind !== "placed" || found.row.doubt) return null;
    cells.push(...found.row.cells);
    cursor = found.row.lastLine + 1;
  }
  return { kind: "placed", cells, doubt: null, lastLine: cursor - 1 };
}

/**
 * T4 has no row labels: its values are the first line of numbers after the
 * header, or one line per column group when the table is printed as three.
 * Numbers past the header's last column (seed 003 prints a 16th 0 under a
 * 15-column header) are outside the table and reported, not read.
 */
export function readSingleRow(doc: KeyedLines, range: Range, format: FormatDef, table: GridTable): TableRead {
  const cells = formatCells(format).byTable[table.id];
  const specs = cells.map((cell) => ({ id: cell.id, kind: cell.kind, label: cell.label }));
  const width = specs.length;
  const header = findCell(doc, range.start, range.end, labelMatcher(treeLabels(table.columns)));
  const from = header ? header.line : range.start;
  const found = valuesFrom(doc, from, range.end, width, format);
  if (!found) {
    return {
      rows: [specs.map(() => null)],
      cellText: {},
      issues: [
        {
          kind: "row-not-found",
          cells: specs.map((spec) => spec.id),
          raw: null,
          message: "未找到行政复议、行政诉讼表格的数值，该表按空白导入",
        },
      ],
    };
  }
  const { valueLine } = found;
  let row = found.row;
  const line = doc.lines[valueLine];
  const issues: TableRead["issues"] = [];
  const spannedHeader = headerWidth(doc, from, valueLine);
  if (line && line.cells.length > width && spannedHeader > width) {
    // The table has more columns than the form (a column of its own, not 序号 or 备注): which
    // one is extra cannot be told, so no value is read by position.
    return {
      rows: [specs.map(() => null)],
      cellText: {},
      issues: [
        {
          kind: "row-misaligned",
          cells: specs.map((spec) => spec.id),
          raw: lineText(line),
          message: `行政复议、行政诉讼表格有${spannedHeader}栏，多于规定的${width}栏，无法确定多出的是哪一栏，已按空白导入，请核对原文`,
        },
      ],
      lastLine: valueLine,
    };
  }
  const clean = row.kind === "placed" && row.doubt === null;
  const byGroups = clean ? null : readByGroups(doc, { start: from, end: range.end }, format, table);
  if (byGroups) row = byGroups;
  else if (line && line.cells.length > 1) {
    const spanned = headerWidth(doc, from, valueLine);
    if (row.kind === "extra" && spanned > 0 && spanned <= width) {
      const outside = row.cells.slice(width);
      issues.push({
        kind: "extra-values",
        cells: [],
        raw: lineText(line),
        message: `行政复议、行政诉讼表格的表头只有${spanned}栏，其后多出的${outside.length}个数值（${outside.join("、")}）不属于任何一栏，未导入`,
      });
      row = { kind: "placed", cells: row.cells.slice(0, width), doubt: null, lastLine: valueLine };
    }
  }
  const raw = doc.lines
    .slice(valueLine, row.lastLine + 1)
    .map(lineText)
    .join(" | ");
  const values = rowToValues(row, specs, "行政复议、行政诉讼情况", raw);
  return {
    rows: [values.values],
    cellText: values.cellText,
    issues: [...issues, ...values.issues],
    lastLine: row.lastLine,
  };
}
