import { formatCells } from "@/lib/format/cells";
import { AMOUNT_DECIMALS } from "@/lib/format/cell-value-rules";
import { readNumber, sumOrNull } from "@/lib/format/cell-access";
import { emptyReportData, type GovReportData } from "@/lib/format/report-data";
import { writeCell } from "@/lib/format/write-cell";
import type { FormatDef } from "@/lib/format/types";

/** Amounts are 万元 to the cent (6 decimals); adding floats must not print 0.30000000000000004. */
const AMOUNT_SCALE = 10 ** AMOUNT_DECIMALS;

/**
 * Cell-by-cell sum of T2, T3 and T4 over reports of one format. A cell blank
 * in every report stays blank (blank is never zero); otherwise blanks count
 * as nothing. Totals are summed like any other cell, not recomputed, so the
 * summary's own checks can show where filed totals do not add up.
 */
export function sumReports(format: FormatDef, reports: readonly GovReportData[]): GovReportData {
  const sum = emptyReportData(format) as GovReportData;
  for (const cell of formatCells(format).all) {
    let value = sumOrNull(reports.map((data) => readNumber(data, cell)));
    if (value !== null && cell.kind !== "count" && cell.kind !== "signed")
      value = Math.round(value * AMOUNT_SCALE) / AMOUNT_SCALE;
    writeCell(sum.tables, cell, value);
  }
  return sum;
}
