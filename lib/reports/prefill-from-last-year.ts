import { getFormat } from "@/lib/format";
import { formatCells, makeCellId } from "@/lib/format/cells";
import { T3_ROW } from "@/lib/format/gov-tables";
import { numberReader } from "@/lib/format/cell-access";
import { isGovData, type ReportData } from "@/lib/format/report-data";
import type { FormatDef } from "@/lib/format/types";
import type { CheckContext } from "@/lib/checks/types";

/**
 * A new report starts with 二、上年结转 copied from last year's 四、结转下年度继续办理
 * (any gov format has it; stat-2014 does not). The clerk may change it; T3-06
 * then warns with last year's value.
 */
export function prefillFromLastYear(format: FormatDef, data: ReportData, lastYear: CheckContext["lastYear"]): ReportData {
  if (!lastYear || !isGovData(data) || !isGovData(lastYear.data)) return data;
  const read = numberReader(getFormat(lastYear.formatId), lastYear.data);
  const T3 = data.tables.T3.map((row) => row.slice());
  for (const cell of formatCells(format).byTable.T3) {
    if (cell.rowKey !== T3_ROW.carriedIn) continue;
    const carried = read(makeCellId("T3", T3_ROW.carriedOut, cell.columnKey));
    if (carried !== null && T3[cell.row]) T3[cell.row]![cell.column] = carried;
  }
  return { ...data, tables: { ...data.tables, T3 } };
}
