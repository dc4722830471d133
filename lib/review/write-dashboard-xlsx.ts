import ExcelJS from "exceljs";
import type { DashboardModel } from "./build-dashboard";
import { dashboardExportRows, EXPORT_COLUMNS } from "./dashboard-export-rows";

const WIDTHS = [14, 12, 18, 12, 18, 18, 18, 8, 8, 14, 12];

/** The dashboard table as one worksheet with a frozen, filterable header row. */
export async function writeDashboardXlsx(model: DashboardModel): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = "nianbao";
  const sheet = workbook.addWorksheet("审核进度", { views: [{ state: "frozen", ySplit: 1 }] });
  sheet.columns = EXPORT_COLUMNS.map((header, i) => ({ header, width: WIDTHS[i] ?? 12 }));
  sheet.getRow(1).font = { bold: true };
  for (const row of dashboardExportRows(model)) sheet.addRow(row);
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: EXPORT_COLUMNS.length } };
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
