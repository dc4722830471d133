import { formatCells, type CellInfo, type ValueTableId } from "@/lib/format/cells";
import type { FormatDef } from "@/lib/format/types";
import { tableRows } from "@/lib/import/read-tables";
import type { RowIdentities } from "@/lib/import/row-identity";
import { isValueText } from "@/lib/import/value-text";

interface PasteTable {
  /** Each row's cells, left to right. */
  rows: CellInfo[][];
  /** The importer's recognition of printed row labels; null for a row-less table (T4). */
  identities: RowIdentities | null;
}

const tablesCache = new WeakMap<FormatDef, Map<ValueTableId, PasteTable>>();

function pasteTable(format: FormatDef, tableId: ValueTableId): PasteTable {
  let byTable = tablesCache.get(format);
  if (!byTable) tablesCache.set(format, (byTable = new Map()));
  let table = byTable.get(tableId);
  if (!table) {
    const byId = formatCells(format).byId;
    const { rows, identities } = tableRows(format, tableId);
    table = { rows: rows.map((row) => row.specs.map((spec) => byId.get(spec.id)!)), identities };
    byTable.set(tableId, table);
  }
  return table;
}

/** The row the label cells name (the one nearest `expected` when several fit equally), or null. */
function namedRow(
  identities: RowIdentities | null,
  label: readonly string[],
  expected: number,
): number | null {
  if (!identities) return null;
  let best: { rows: number[]; level: number } | null = null;
  // The whole label (group glued in front) and each of its cells, the most literal reading winning.
  for (const text of [label.join(""), ...label]) {
    const match = identities.match(text);
    if (match && (!best || match.level < best.level)) best = match;
  }
  if (!best) return null;
  return [...best.rows].sort((a, b) => Math.abs(a - expected) - Math.abs(b - expected))[0] ?? null;
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
  const { rows, identities } = pasteTable(format, start.tableId);
  const startIndex = rows.findIndex((row) => row.some((cell) => cell.id === start.id));
  if (startIndex < 0) return [];
  const entries: [CellInfo, string][] = [];
  grid.forEach((line, offset) => {
    const { label, values } = splitPastedRow(line);
    const expected = startIndex + offset;
    const index = label.length > 0 ? (namedRow(identities, label, expected) ?? expected) : expected;
    const row = rows[index];
    if (!row) return;
    const from = label.length > 0 ? 0 : row.findIndex((cell) => cell.column >= start.column);
    if (from < 0) return;
    const targets = row.slice(from);
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
