import { formatCells, type CellInfo } from "./cell-index";
import type { GovReportData } from "./report-data-types";
import type { FormatDef } from "./types";

// Data may arrive from an import unvalidated, so reads never trust the array shapes.

/** The raw stored value of a cell: anything, or undefined when the arrays are too short. */
export function readCell(data: GovReportData, cell: CellInfo): unknown {
  const table: unknown = data.tables[cell.tableId];
  if (!Array.isArray(table)) return undefined;
  if (cell.tableId === "T4") return table[cell.column];
  const row: unknown = table[cell.row];
  return Array.isArray(row) ? row[cell.column] : undefined;
}

/** The value as a usable number, or null for blanks and anything that is not a finite number. */
export function readNumber(data: GovReportData, cell: CellInfo): number | null {
  const value = readCell(data, cell);
  return typeof value === "number" && Number.isFinite(value) ? value : null;
}

/** Σ of the values, with blanks as 0 when at least one value is present; all blank → null. */
export function sumOrNull(values: readonly (number | null)[]): number | null {
  let sum = 0;
  let seen = false;
  for (const value of values) {
    if (value === null) continue;
    sum += value;
    seen = true;
  }
  return seen ? sum : null;
}

/** Looks values up by cell id; unknown ids read as blank. */
export function numberReader(format: FormatDef, data: GovReportData): (cellId: string) => number | null {
  const { byId } = formatCells(format);
  return (cellId) => {
    const cell = byId.get(cellId);
    return cell ? readNumber(data, cell) : null;
  };
}
