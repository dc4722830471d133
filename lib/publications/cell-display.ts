import type { CellInfo } from "@/lib/format/cells";
import type { GovReportData } from "@/lib/format/report-data";
import { plainNumber } from "@/lib/format/cell-value-rules";
import type { CellValue } from "@/lib/format/types";

/** The stored value of a gov cell (T4 is stored flat). */
export function cellValueOf(data: GovReportData, cell: CellInfo): CellValue {
  if (cell.tableId === "T4") return data.tables.T4[cell.column] ?? null;
  return data.tables[cell.tableId][cell.row]?.[cell.column] ?? null;
}

/**
 * A number as the printed form shows it: plain digits, no grouping; blank
 * stays blank (never 0). An amount the filer wrote with its own unit
 * (gov-2019 采购总金额) is shown as written.
 */
export function cellDisplay(cell: CellInfo, value: CellValue, cellText?: Record<string, string>): string {
  if (cell.kind === "amountWithUnit") {
    const written = cellText?.[cell.id]?.trim();
    if (written) return written;
    return value === null ? "" : `${formatNumber(value)}万元`;
  }
  return value === null ? "" : formatNumber(value);
}

function formatNumber(value: number): string {
  // Amounts are shown with every decimal they were filed with (万元 to the cent has 6).
  return plainNumber(value);
}
