import { getFormat } from "@/lib/format";
import { formatCells, getListTable } from "@/lib/format/cells";
import { isGovData } from "@/lib/format/report-data";
import { cellValueOf } from "./cell-display";
import { safeText, toCsv, type CsvField } from "./csv";
import type { PublicReport } from "./public-report-types";

/** Columns of a report's CSV; docs/open-data.md explains them. */
const REPORT_CSV_HEADER = [
  "table",
  "row",
  "column",
  "cell_id",
  "row_label",
  "column_label",
  "unit",
  "value",
  "text",
] as const;

/**
 * Every table cell of one published revision, one line per cell, in official
 * table, row and column order (row and column are 1-based positions in the
 * JSON `tables` arrays). Narratives are in the JSON document only.
 */
export function toReportCsv(report: PublicReport): string {
  const data = report.data;
  const rows: CsvField[][] = [];
  if (isGovData(data)) {
    for (const cell of formatCells(getFormat(report.formatId)).all) {
      rows.push([
        cell.tableId,
        cell.row + 1,
        cell.column + 1,
        cell.id,
        safeText(cell.rowLabel ?? ""),
        safeText(cell.tableId === "T4" ? cell.label : cell.columnLabel),
        cell.kind === "amount" ? "万元" : "",
        cellValueOf(data, cell),
        safeText(data.cellText?.[cell.id] ?? ""),
      ]);
    }
  } else {
    const valueLabel = getListTable(getFormat(report.formatId))?.columns[2] ?? "";
    data.tables.STAT.forEach((row, i) => {
      rows.push(["STAT", i + 1, 1, "", safeText(row.label), valueLabel, safeText(row.unit), row.value, ""]);
    });
  }
  return toCsv(REPORT_CSV_HEADER, rows);
}
