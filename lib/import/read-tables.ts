import { formatCells, gridLeaves, type CellInfo, type ValueTableId } from "@/lib/format/cells";
import type { BlockTable, CellValue, FormatDef, GridTable } from "@/lib/format/types";
import { formatLabelKeys } from "./format-labels";
import { findRow, type AmbiguousLabel, type RowHit } from "./find-row";
import type { KeyedLines } from "./keyed-lines";
import { labelKey } from "./label-key";
import { cellsFrom, lineText } from "./line-text";
import { placeRowCells, readRowValues, spaceRow, trimToWidth, type RowCells } from "./read-row-values";
import { rowIdentities, type RowIdentities } from "./row-identity";
import { rowToValues, type CellSpec, type RowValues } from "./row-to-values";
import type { ImportIssue } from "./types";
import { isValueText } from "./value-text";

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
  /** Last source line of the table's values, when known (text after it is not the table's). */
  lastLine?: number;
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

interface RowFound {
  hit: RowHit | null;
  cells: RowCells | null;
}

/** A row with no value read: not found, or found with nothing after its label. */
function isEmpty(found: RowFound): boolean {
  return !found.cells || (found.cells.kind === "unplaced" && found.cells.values.length === 0);
}

/**
 * Figures on lines of their own under a label, fewer than its columns: not
 * the row (its blanks left no trace), perhaps a figure printed outside the
 * table. The row is still open to a row of values printed apart from it.
 */
function strayFigures(found: RowFound, width: number): string[] {
  const cells = found.cells;
  if (cells?.kind !== "unplaced" || !cells.ownLines || cells.values.length >= width) return [];
  return cells.values.filter((value) => value !== "");
}

function isOpen(found: RowFound, width: number): boolean {
  return isEmpty(found) || strayFigures(found, width).length > 0;
}

function linesOf(found: RowFound): number[] {
  if (!found.hit) return [];
  const lines = found.hit.parts.map((part) => part.line);
  return [...lines, found.cells?.lastLine ?? found.hit.line];
}

/**
 * Rows of values whose labels were printed apart from them (OCR output, a
 * label wrapped around a page break): between two rows that were read, a row
 * that holds values and no row label. Only when there are exactly as many of
 * them as rows missing there are they taken, in the form's order.
 */
function bareRows(
  doc: KeyedLines,
  from: number,
  to: number,
  width: number,
  ids: RowIdentities,
  used: Set<number>,
) {
  const rows: { line: number; cells: string[] }[] = [];
  for (let line = from; line < to; line += 1) {
    const source = doc.lines[line];
    const cells = source ? cellsFrom(source, 0) : [];
    if (used.has(line) || cells.length < 2) continue;
    const firstValue = cells.findIndex((cell) => cell !== "" && isValueText(cell));
    if (firstValue < 0) continue;
    const values = cells.slice(firstValue);
    const named = cells
      .slice(0, firstValue)
      .some((cell) => cell !== "" && ids.match(labelKey(cell)) !== null);
    const filled = values.filter((cell) => cell !== "");
    if (named || !filled.every(isValueText) || trimToWidth(values, width).length !== width) continue;
    rows.push({ line, cells: values });
  }
  return rows;
}

/** Rows given a row of values by position, with the stray figures each had under its label. */
type PlacedByPosition = Map<number, string[]>;

function placeBareRows(
  doc: KeyedLines,
  range: Range,
  rows: readonly RowDef[],
  found: RowFound[],
  ids: RowIdentities,
): PlacedByPosition {
  const placed: PlacedByPosition = new Map();
  const used = new Set(found.flatMap(linesOf));
  const open = (k: number) => isOpen(found[k] ?? { hit: null, cells: null }, rows[k]?.specs.length ?? 0);
  let i = 0;
  while (i < found.length) {
    if (!open(i)) {
      i += 1;
      continue;
    }
    let j = i;
    while (j < found.length && open(j)) j += 1;
    const before = found[i - 1];
    const after = found[j];
    const from = before?.cells ? before.cells.lastLine + 1 : range.start;
    const to = after?.hit ? after.hit.line : range.end;
    const width = rows[i]?.specs.length ?? 0;
    const sameWidth = rows.slice(i, j).every((row) => row.specs.length === width);
    const bare = sameWidth ? bareRows(doc, from, to, width, ids, used) : [];
    if (bare.length === j - i) {
      bare.forEach((row, k) => {
        const before = found[i + k] ?? { hit: null, cells: null };
        placed.set(i + k, strayFigures(before, width));
        found[i + k] = {
          hit: before.hit,
          cells: placeRowCells(row.cells, width, row.line, spaceRow(doc.lines[row.line])),
        };
      });
    }
    i = j;
  }
  return placed;
}

/** A row whose label was found with nothing at all to read (no values anywhere near it). */
function isEmptyRead(cells: RowCells): boolean {
  return cells.kind === "unplaced" && cells.values.length === 0;
}

/**
 * A label printed twice, first on its own (a heading over the row's own small
 * table: "### 一、本年新收…" then "| 类别 | 数据1 | … |" then
 * "| 本年新收… | 705 | 3 | … |"), the row read from its second printing.
 * Only when the lines between hold no value and name no row, and the second
 * printing carries exactly its row of values on its own line.
 */
function repeatedLabel(
  doc: KeyedLines,
  hit: RowHit,
  end: number,
  row: number,
  width: number,
  ids: RowIdentities,
  isLabel: (key: string) => boolean,
): [RowHit, RowCells] | null {
  const last = hit.parts[hit.parts.length - 1]?.line ?? hit.line;
  const second = findRow(doc, last + 1, end, row, ids, []);
  if (!second) return null;
  for (let line = last + 1; line < second.line; line += 1) {
    const cells = doc.lines[line]?.cells ?? [];
    const keys = doc.keys[line] ?? [];
    const namesRow = keys.some(
      (key, at) => key !== "" && !isValueText(cells[at] ?? "") && ids.match(key) !== null,
    );
    if (namesRow || cells.some((cell) => cell !== "" && isValueText(cell))) return null;
  }
  const cells = readRowValues(doc, second, end, width, isLabel, true);
  return cells.kind === "placed" && cells.doubt === null ? [second, cells] : null;
}

/**
 * Reads labelled rows in the official order: each label is looked for after
 * the previous row, so a repeated word elsewhere cannot steal a row; a label
 * printed out of order (a block moved, a label set apart from its row) is
 * taken from anywhere in the table when found there. A row that is missing is
 * reported and left blank, not filled from its neighbour.
 */
export function readLabelledRows(
  doc: KeyedLines,
  range: Range,
  rows: readonly RowDef[],
  ids: RowIdentities,
  isLabel: (key: string) => boolean,
): TableRead {
  const out: TableRead = { rows: [], cellText: {}, issues: [] };
  const ambiguous: AmbiguousLabel[] = [];
  const found: RowFound[] = [];
  let cursor = range.start;
  rows.forEach((row, index) => {
    const inOrder = findRow(doc, cursor, range.end, index, ids, ambiguous);
    const hit = inOrder ?? findRow(doc, range.start, cursor, index, ids, []);
    if (!hit) {
      found.push({ hit: null, cells: null });
      return;
    }
    const width = row.specs.length;
    const first = readRowValues(doc, hit, range.end, width, isLabel, !inOrder);
    const again =
      inOrder && isEmptyRead(first) ? repeatedLabel(doc, hit, range.end, index, width, ids, isLabel) : null;
    const [useHit, cells] = again ?? [hit, first];
    found.push({ hit: useHit, cells });
    cursor = Math.max(cursor, cells.lastLine + 1, useHit.line + 1);
  });
  const byPosition = placeBareRows(doc, range, rows, found, ids);

  rows.forEach((row, index) => {
    const { hit, cells } = found[index] ?? { hit: null, cells: null };
    if (!cells) {
      out.rows.push(row.specs.map(() => null));
      out.issues.push({
        kind: "row-not-found",
        cells: row.specs.map((s) => s.id),
        raw: null,
        message: `未找到“${row.label}”一行，该行按空白导入`,
      });
      return;
    }
    const first = hit ? Math.min(hit.line, cells.lastLine) : cells.lastLine;
    const values: RowValues = rowToValues(cells, row.specs, row.label, rawText(doc, first, cells.lastLine));
    out.rows.push(values.values);
    Object.assign(out.cellText, values.cellText);
    out.issues.push(...values.issues);
    const strays = byPosition.get(index);
    if (strays) {
      out.issues.push({
        kind: "row-by-position",
        cells: row.specs.map((s) => s.id),
        raw: rawText(doc, cells.lastLine, cells.lastLine),
        message: `“${row.label}”一行的数值与其标签分开印出，已按表格的行序读取，请核对原文`,
      });
    }
    if (strays && strays.length > 0) {
      out.issues.push({
        kind: "stray-values",
        cells: [],
        raw: strays.join(" "),
        message: `“${row.label}”的标签下另有${strays.length}个数值（${strays.join("、")}），不在任何一行的表格中，无法确定属于哪一格，未导入，请核对原文`,
      });
    }
  });
  for (const entry of ambiguous) {
    const labels = entry.rows.map((row) => rows[row]?.label ?? "").join("”“");
    out.issues.push({
      kind: "ambiguous-label",
      cells: [],
      raw: entry.text,
      message: `“${entry.text}”可以是“${labels}”中的任何一行，无法确定，未按其中任何一行读取`,
    });
  }
  return out;
}

/** Is this key any label of the format (a header, a row, a block title)? Stops value scanning. */
export function formatLabelTest(format: FormatDef): (key: string) => boolean {
  const keys = formatLabelKeys(format);
  return (key) => keys.has(key);
}

/** T3: one row per leaf of the row tree, matched by the leaf's label or an alias; the group labels above them. */
function gridRowDefs(format: FormatDef, table: GridTable): { rows: RowDef[]; groups: string[] } {
  const cells = formatCells(format).byTable[table.id];
  const leaves = gridLeaves(table).rows;
  return {
    rows: leaves.map((leaf, rowIndex) => ({
      labels: [leaf.label, ...leaf.aliases],
      label: leaf.path.length >= 3 ? leaf.path.slice(-2).join(" ") : leaf.label,
      specs: cells.filter((cell) => cell.row === rowIndex).map(spec),
    })),
    groups: leaves.flatMap((leaf) => leaf.path.slice(0, -1)),
  };
}

/** T2: the rows of every block in order, each with its block's columns; the block titles. */
function blockRowDefs(format: FormatDef, table: BlockTable): { rows: RowDef[]; groups: string[] } {
  const cells = formatCells(format).byTable.T2;
  return {
    rows: table.blocks.flatMap((block) =>
      block.rows.map((row) => ({
        labels: [row.label, ...(row.aliases ?? [])],
        label: row.label,
        specs: cells.filter((cell) => cell.rowKey === row.key).map(spec),
      })),
    ),
    groups: table.blocks.map((block) => block.title),
  };
}

export function readGridRows(doc: KeyedLines, range: Range, format: FormatDef, table: GridTable): TableRead {
  const { rows, groups } = gridRowDefs(format, table);
  return readLabelledRows(doc, range, rows, tableIdentities(format, rows, groups), formatLabelTest(format));
}

/** Row identities of a table; the format's other labels (headers, groups) are never taken for a row. */
export function tableIdentities(
  format: FormatDef,
  rows: readonly RowDef[],
  groups: readonly string[],
): RowIdentities {
  const own = new Set(rows.flatMap((row) => row.labels).map(labelKey));
  const others = new Set([...formatLabelKeys(format)].filter((key) => !own.has(key)));
  return rowIdentities(
    rows.map((row) => row.labels),
    groups,
    others,
  );
}

export function readBlockRows(
  doc: KeyedLines,
  range: Range,
  format: FormatDef,
  table: BlockTable,
): TableRead {
  const { rows, groups } = blockRowDefs(format, table);
  return readLabelledRows(doc, range, rows, tableIdentities(format, rows, groups), formatLabelTest(format));
}

/**
 * The rows of a table as the importer reads them, with the identities that
 * recognise their printed labels; a row-less table (T4) is one row without
 * labels. Pasting in the editor recognises rows the same way.
 */
export function tableRows(
  format: FormatDef,
  tableId: ValueTableId,
): { rows: RowDef[]; identities: RowIdentities | null } {
  const table = format.tables.find((t) => t.id === tableId);
  const defs =
    table?.layout === "blocks"
      ? blockRowDefs(format, table)
      : table?.layout === "grid" && table.rows.length > 0
        ? gridRowDefs(format, table)
        : null;
  if (defs) return { rows: defs.rows, identities: tableIdentities(format, defs.rows, defs.groups) };
  const cells = formatCells(format).byTable[tableId];
  return {
    rows: cells.length > 0 ? [{ labels: [], label: tableId, specs: cells.map(spec) }] : [],
    identities: null,
  };
}
