import { formatCells, type CellInfo, type ValueTableId } from "@/lib/format/cells";
import type { FormatDef } from "@/lib/format/types";
import { labelKey, labelMatcher } from "@/lib/import/label-key";
import { tableRowDefs } from "@/lib/import/read-tables";
import { isValueText } from "@/lib/import/value-text";

interface PasteRow {
  matches: (key: string) => boolean;
  cells: CellInfo[];
}

const rowsCache = new WeakMap<FormatDef, Map<ValueTableId, PasteRow[]>>();

/** A table's rows with the import's label spellings, each with its cells left to right. */
function pasteRows(format: FormatDef, tableId: ValueTableId): PasteRow[] {
  let byTable = rowsCache.get(format);
  if (!byTable) rowsCache.set(format, (byTable = new Map()));
  let rows = byTable.get(tableId);
  if (!rows) {
    const byId = formatCells(format).byId;
    rows = tableRowDefs(format, tableId).map((row) => ({
      matches: row.labels.length > 0 ? labelMatcher(row.labels) : () => false,
      cells: row.specs.map((spec) => byId.get(spec.id)!),
    }));
    byTable.set(tableId, rows);
  }
  return rows;
}

/**
 * Splits a pasted row into its label cells and its values, as the importer
 * reads a published row: the leading cells that are not values (a number or
 * a blank marker) are the label, with the empty cells of a label spanning
 * columns. A row with no label keeps every cell as a value.
 */
export function splitPastedRow(cells: readonly string[]): { label: string[]; values: string[] } {
  let end = 0;
  for (let i = 0; i < cells.length; i += 1) {
    const text = cells[i]!.trim();
    if (text !== "" && isValueText(text)) break;
    if (text !== "") end = i + 1;
  }
  return {
    label: cells.slice(0, end).filter((cell) => cell.trim() !== ""),
    values: cells.slice(end).map((cell) => cell.trim()),
  };
}

/**
 * Where each pasted value goes, for a paste whose top-left lands on `start`.
 * A row with a leading label goes to the row of the table that label names
 * (the nearest one, when labels repeat), from its first column; an unknown
 * label still fills the row pasted on, from its first column. A row as wide
 * as the table row, totals included, is placed by position and its totals are
 * dropped (they are computed); otherwise the values fill the typeable cells
 * in order, as a block of numbers always has.
 */
export function planPaste(
  format: FormatDef,
  computed: ReadonlySet<string>,
  start: CellInfo,
  grid: readonly (readonly string[])[],
): [CellInfo, string][] {
  const rows = pasteRows(format, start.tableId);
  const startIndex = rows.findIndex((row) => row.cells.some((cell) => cell.id === start.id));
  if (startIndex < 0) return [];
  const entries: [CellInfo, string][] = [];
  grid.forEach((line, offset) => {
    const { label, values } = splitPastedRow(line);
    const expected = startIndex + offset;
    let index = expected;
    if (label.length > 0) {
      const keys = label.map(labelKey);
      const named = rows
        .map((row, i) => ({ i, hit: keys.some((key) => row.matches(key)) }))
        .filter((r) => r.hit)
        .sort((a, b) => Math.abs(a.i - expected) - Math.abs(b.i - expected));
      index = named[0]?.i ?? expected;
    }
    const row = rows[index];
    if (!row) return;
    const from = label.length > 0 ? 0 : row.cells.findIndex((cell) => cell.column >= start.column);
    if (from < 0) return;
    const targets = row.cells.slice(from);
    if (values.length === targets.length) {
      targets.forEach((cell, i) => {
        if (!computed.has(cell.id)) entries.push([cell, values[i]!]);
      });
      return;
    }
    const typeable = targets.filter((cell) => !computed.has(cell.id));
    typeable.slice(0, values.length).forEach((cell, i) => entries.push([cell, values[i]!]));
  });
  return entries;
}
