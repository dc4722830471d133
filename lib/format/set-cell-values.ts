import { formatCells } from "./cell-index";
import { writeCell } from "./write-cell";
import type { GovReportData } from "./report-data-types";
import type { CellValue, FormatDef } from "./types";

/**
 * New data with the given cells (by id) set; tables are copied, the input is
 * left untouched so React state can compare by reference. Unknown ids throw:
 * they are programming errors, not user input.
 */
export function setCellValues(
  format: FormatDef,
  data: GovReportData,
  values: Readonly<Record<string, CellValue>>,
): GovReportData {
  const { byId } = formatCells(format);
  const tables: GovReportData["tables"] = {
    T2: data.tables.T2.map((row) => row.slice()),
    T3: data.tables.T3.map((row) => row.slice()),
    T4: data.tables.T4.slice(),
  };
  for (const [id, value] of Object.entries(values)) {
    const cell = byId.get(id);
    if (!cell) throw new Error(`格式${format.id}中没有单元格：${id}`);
    writeCell(tables, cell, value);
  }
  return { ...data, tables };
}
