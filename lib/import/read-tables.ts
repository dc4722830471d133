import { formatCells, gridLeaves, type CellInfo } from "@/lib/format/cells";
import type { BlockTable, CellValue, FormatDef, GridTable } from "@/lib/format/types";
import { formatLabelKeys } from "./format-labels";
import { findCell, type KeyedLines } from "./keyed-lines";
import { labelMatcher } from "./label-key";
import { lineText } from "./line-text";
import { readRowValues, type RowCells } from "./read-row-values";
import { rowToValues, type CellSpec, type RowValues } from "./row-to-values";
import type { ImportIssue } from "./types";

export interface Range {
  start: number;
  end: number;
}

/** A labelled row to find: its spellings, and the cells its values go into. */
export interface RowDef {
  labels: string[];
  /** For messages. */
  label: string;
  specs: CellSpec[];
}

export interface TableRead {
  rows: CellValue[][];
  cellText: Record<string, string>;
  issues: ImportIssue[];
}

function spec(cell: CellInfo): CellSpec {
  return { id: cell.id, kind: cell.kind, label: cell.label };
}

function rawText(doc: KeyedLines, from: number, to: number): string {
  return doc.lines
    .slice(from, to + 1)
    .map(lineText)
    .join(" | ");
}

/**
 * Reads labelled rows in the official order: each label is looked for after
 * the previous row, so a repeated word elsewhere cannot steal a row, and a
 * row that is missing is reported and left blank, not filled from its neighbour.
 */
export function readLabelledRows(
  doc: KeyedLines,
  range: Range,
  rows: readonly RowDef[],
  isLabel: (key: string) => boolean,
): TableRead {
  const out: TableRead = { rows: [], cellText: {}, issues: [] };
  let cursor = range.start;
  for (const row of rows) {
    const hit = findCell(doc, cursor, range.end, labelMatcher(row.labels));
    if (!hit) {
      out.rows.push(row.specs.map(() => null));
      out.issues.push({
        kind: "row-not-found",
        cells: row.specs.map((s) => s.id),
        raw: null,
        message: `未找到“${row.label}”一行，该行按空白导入`,
      });
      continue;
    }
    const cells: RowCells = readRowValues(doc, hit, range.end, row.specs.length, isLabel);
    const values: RowValues = rowToValues(
      cells,
      row.specs,
      row.label,
      rawText(doc, hit.line, cells.lastLine),
    );
    out.rows.push(values.values);
    Object.assign(out.cellText, values.cellText);
    out.issues.push(...values.issues);
    cursor = cells.lastLine === hit.line ? hit.line + 1 : cells.lastLine + 1;
  }
  return out;
}

/** Is this key any label of the format (a header, a row, a block title)? Stops value scanning. */
export function formatLabelTest(format: FormatDef): (key: string) => boolean {
  const keys = formatLabelKeys(format);
  return (key) => keys.has(key);
}

/** T3: one row per leaf of the row tree, matched by the leaf's label or an alias. */
export function readGridRows(doc: KeyedLines, range: Range, format: FormatDef, table: GridTable): TableRead {
  const cells = formatCells(format).byTable[table.id];
  const rows: RowDef[] = gridLeaves(table).rows.map((leaf, rowIndex) => ({
    labels: [leaf.label, ...leaf.aliases],
    label: leaf.path.length >= 3 ? leaf.path.slice(-2).join(" ") : leaf.label,
    specs: cells.filter((cell) => cell.row === rowIndex).map(spec),
  }));
  return readLabelledRows(doc, range, rows, formatLabelTest(format));
}

/** T2: the rows of every block in order, each with its block's columns. */
export function readBlockRows(
  doc: KeyedLines,
  range: Range,
  format: FormatDef,
  table: BlockTable,
): TableRead {
  const cells = formatCells(format).byTable.T2;
  const rows: RowDef[] = [];
  for (const block of table.blocks) {
    for (const row of block.rows) {
      rows.push({
        labels: [row.label, ...(row.aliases ?? [])],
        label: row.label,
        specs: cells.filter((cell) => cell.rowKey === row.key).map(spec),
      });
    }
  }
  return readLabelledRows(doc, range, rows, formatLabelTest(format));
}
