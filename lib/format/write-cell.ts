import type { CellInfo } from "./cell-index";
import type { GovReportData } from "./report-data-types";
import type { CellValue } from "./types";

/** Writes in place into tables the caller owns (a copy); rows missing from malformed data are skipped. */
export function writeCell(tables: GovReportData["tables"], cell: CellInfo, value: CellValue): void {
  if (cell.tableId === "T4") {
    tables.T4[cell.column] = value;
    return;
  }
  const row = tables[cell.tableId][cell.row];
  if (Array.isArray(row)) row[cell.column] = value;
}
