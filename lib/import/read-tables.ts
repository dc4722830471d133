import { formatCells, gridLeaves, type CellInfo, type ValueTableId } from "@/lib/format/cells";
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
function gridRowDefs(format: FormatDef, table: GridTable): RowDef[] {
  const cells = formatCells(format).byTable[table.id];
  return gridLeaves(table).rows.map((leaf, rowIndex) => ({
    labels: [leaf.label, ...leaf.aliases],
    label: leaf.path.length >= 3 ? leaf.path.slice(-2).join(" ") : leaf.label,
    specs: cells.filter((cell) => cell.row === rowIndex).map(spec),
  }));
}

/** T2: the rows of every block in order, each with its block's columns. */
function blockRowDefs(format: FormatDef, table: BlockTable): RowDef[] {
  const cells = formatCells(format).byTable.T2;
  return table.blocks.flatMap((block) =>
    block.rows.map((row) => ({
      labels: [row.label, ...(row.aliases ?? [])],
      label: row.label,
      specs: cells.filter((cell) => cell.rowKey === row.key).map(spec),
    })),
  );
}

/**
 * The labelled rows of a table as the importer looks for them; a row-less
 * table (T4) is one row without labels. Pasting in the editor reads rows the
 * same way.
 */
export function tableRowDefs(format: FormatDef, tableId: ValueTableId): RowDef[] {
  const table = format.tables.find((t) => t.id === tableId);
  if (table?.layout === "blocks") return blockRowDefs(format, table);
  if (table?.layout === "grid" && table.rows.length > 0) return gridRowDefs(format, table);
  const cells = formatCells(format).byTable[tableId];
  return cells.length > 0 ? [{ labels: [], label: tableId, specs: cells.map(spec) }] : [];
}

export function readGridRows(doc: KeyedLines, range: Range, format: FormatDef, table: GridTable): TableRead {
  return readLabelledRows(doc, range, gridRowDefs(format, table), formatLabelTest(format));
}

export function readBlockRows(
  doc: KeyedLines,
  range: Range,
  format: FormatDef,
  table: BlockTable,
): TableRead {
  return readLabelledRows(doc, range, blockRowDefs(format, table), formatLabelTest(format));
}
