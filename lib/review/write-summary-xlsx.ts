import ExcelJS from "exceljs";
import { tableLayout, type ValueTableId } from "@/lib/format/cells";
import { readNumber } from "@/lib/format/cell-access";
import { KIND_GROUPS, kindLabel } from "@/lib/places/filing-unit-kinds";
import { STATUS_LABELS } from "@/lib/workflow/status";
import { kindsOfGroup, scopeNames, type KindScope } from "./kind-scope";
import type { SummaryData } from "./load-summary";
import { placeLayout } from "./place-layout";
import { filingUnitBreakdown } from "./filing-unit-breakdown";

const TABLES: ValueTableId[] = ["T2", "T3", "T4"];
const THIN = { style: "thin" as const };
const BORDER = { top: THIN, left: THIN, bottom: THIN, right: THIN };

/** Sheet names may not hold : \ / ? * [ ] and are cut at 31 characters by Excel. */
function sheetName(heading: string): string {
  return heading
    .replace(/^[一二三四五六七八九十]+、/, "")
    .replace(/[:\\/?*[\]]/g, "")
    .slice(0, 31);
}

function addTableSheet(
  workbook: ExcelJS.Workbook,
  summary: SummaryData,
  tableId: ValueTableId,
  title: string,
): void {
  const layout = tableLayout(summary.format, tableId);
  const section = summary.format.sections.find((s) => s.tableId === tableId);
  if (!layout || !section) return;
  const sheet = workbook.addWorksheet(sheetName(section.heading));
  const grid = placeLayout(layout);
  const top = 3; // row 1: title, row 2: section heading

  sheet.mergeCells(1, 1, 1, grid.columns);
  sheet.getCell(1, 1).value = title;
  sheet.getCell(1, 1).font = { bold: true, size: 14 };
  sheet.getCell(2, 1).value = section.heading;
  sheet.getCell(2, 1).font = { bold: true };

  const valueColumns = new Set<number>();
  for (const placed of grid.cells) {
    const row = top + placed.row;
    const column = 1 + placed.column;
    if (placed.rowspan > 1 || placed.colspan > 1)
      sheet.mergeCells(row, column, row + placed.rowspan - 1, column + placed.colspan - 1);
    const target = sheet.getCell(row, column);
    if (placed.cell.type === "value") {
      valueColumns.add(placed.column);
      target.value = readNumber(summary.totals, placed.cell.cell);
      target.alignment = { horizontal: "center", vertical: "middle" };
    } else {
      target.value = placed.cell.label;
      target.alignment = {
        horizontal: placed.cell.type === "header" && placed.cell.scope.startsWith("row") ? "left" : "center",
        vertical: "middle",
        wrapText: true,
      };
      if (placed.cell.type === "header") {
        target.font = { bold: true };
        target.fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFF1F5F9" } };
      }
    }
  }
  // Borders on every grid position, merged ones included, so the printed form keeps its rules.
  for (let r = 0; r < grid.rows; r++)
    for (let c = 0; c < grid.columns; c++) sheet.getCell(top + r, 1 + c).border = BORDER;
  for (let c = 0; c < grid.columns; c++)
    sheet.getColumn(1 + c).width = valueColumns.has(c)
      ? tableId === "T4"
        ? 9
        : 12
      : tableId === "T3"
        ? 20
        : 18;
}

/** "全部单位（乡镇、街道、县直部门、县人民政府（本级））", "部门（县直部门）": which kinds were added up. */
function scopeText(scope: KindScope): string {
  const kinds = (scope ? kindsOfGroup(scope) : KIND_GROUPS.flatMap(kindsOfGroup)).map(kindLabel);
  return `${scopeNames(scope).short}（${kinds.join("、")}）`;
}

function addNotesSheet(workbook: ExcelJS.Workbook, summary: SummaryData, title: string): void {
  const sheet = workbook.addWorksheet("说明");
  sheet.getColumn(1).width = 16;
  sheet.getColumn(2).width = 60;
  const rows: [string, string][] = [
    ["汇总", title],
    ["汇总单位", scopeText(summary.scope)],
    ["报告格式", `${summary.format.title}（${summary.format.issuedBy}）`],
    ["汇总范围", "已通过和已公开的报告；已公开的报告取最新公开版本"],
    ["金额单位", "万元（填报时以元填写的已折算为万元）"],
    [
      "纳入汇总",
      `${summary.included.length} 份：${summary.included.map((s) => s.filingUnitName).join("、") || "无"}`,
    ],
    [
      "未纳入汇总",
      summary.skipped.length === 0
        ? "无"
        : `${summary.skipped.length} 份（报告格式与年度不符）：${summary.skipped
            .map((s) => `${s.filingUnitName}（${s.formatId}，${STATUS_LABELS[s.status]}）`)
            .join("、")}`,
    ],
    [
      "汇总核验",
      summary.findings.length === 0
        ? "勾稽关系全部相符"
        : summary.findings.map((f) => `${f.id} ${f.message}`).join("\n"),
    ],
  ];
  for (const [label, text] of rows) {
    const row = sheet.addRow([label, text]);
    row.getCell(1).font = { bold: true };
    row.getCell(2).alignment = { wrapText: true, vertical: "top" };
  }
}

/**
 * One row per filing unit (its name linking to its report, then its kind) and
 * the total as the last row, one column per cell under its table's heading:
 * the rows that add up to the summary, ready to sort or filter.
 */
function addBreakdownSheet(
  workbook: ExcelJS.Workbook,
  summary: SummaryData,
  title: string,
  reportUrl: (filingUnitCode: string) => string,
): void {
  const { columns, rows } = filingUnitBreakdown(summary);
  const sheet = workbook.addWorksheet("分单位明细", { views: [{ state: "frozen", xSplit: 3, ySplit: 3 }] });
  const first = 4; // columns A: filing unit, B: its kind, C: source
  sheet.getCell(1, 1).value = `${title}：分单位明细`;
  sheet.getCell(1, 1).font = { bold: true, size: 14 };
  sheet.getCell(3, 1).value = "填报单位";
  sheet.getCell(3, 2).value = "单位类别";
  sheet.getCell(3, 3).value = "数据来源";
  for (const section of summary.format.sections) {
    const span = rows
      .map((r, i) => ({ r, i }))
      .filter(({ r }) => section.tableId && r.cellId.startsWith(`${section.tableId}.`));
    if (span.length === 0) continue;
    const from = first + span[0]!.i;
    const to = first + span[span.length - 1]!.i;
    sheet.mergeCells(2, from, 2, to);
    sheet.getCell(2, from).value = section.heading;
  }
  rows.forEach((r, i) => {
    const header = sheet.getCell(3, first + i);
    header.value = r.label;
    header.alignment = { wrapText: true, vertical: "top" };
    sheet.getColumn(first + i).width = 14;
  });
  for (const row of [2, 3]) sheet.getRow(row).font = { bold: true };
  columns.forEach((c, j) => {
    const line = 4 + j;
    sheet.getCell(line, 1).value = { text: c.filingUnitName, hyperlink: reportUrl(c.filingUnitCode) };
    sheet.getCell(line, 1).font = { color: { argb: "FF0D4F99" }, underline: true };
    sheet.getCell(line, 2).value = c.kindLabel;
    sheet.getCell(line, 3).value = c.source;
    rows.forEach((r, i) => (sheet.getCell(line, first + i).value = r.values[j] ?? null));
  });
  const totalLine = 4 + columns.length;
  sheet.getCell(totalLine, 1).value = scopeNames(summary.scope).total;
  rows.forEach((r, i) => (sheet.getCell(totalLine, first + i).value = r.total));
  sheet.getRow(totalLine).font = { bold: true };
  sheet.getColumn(1).width = 16;
  sheet.getColumn(2).width = 12;
  sheet.getColumn(3).width = 10;
}

/** The workbook's title, e.g. "吉县2025年度政府信息公开工作年度报告部门汇总". */
function summaryTitle(summary: SummaryData, countyName: string): string {
  return `${countyName}${summary.year}年度政府信息公开工作年度报告${scopeNames(summary.scope).summary}`;
}

/** File names of the workbook: Chinese, and the ASCII fallback. */
export function summaryFileNames(
  summary: SummaryData,
  county: { code: string; name: string },
): { name: string; ascii: string } {
  return {
    name: `${county.name}-${summary.year}年度报告${scopeNames(summary.scope).summary}.xlsx`,
    ascii: `${county.code}-${summary.year}-summary${summary.scope ? `-${summary.scope}` : ""}.xlsx`,
  };
}

/**
 * The county summary (of every unit or of one kind group, named in the title
 * and the notes) in the official table layout (merged header cells), one
 * sheet per table, then the per-filing-unit figures that add up to it.
 */
export async function writeSummaryXlsx(
  summary: SummaryData,
  countyName: string,
  reportUrl: (filingUnitCode: string) => string,
): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = "nianbao";
  const title = summaryTitle(summary, countyName);
  addNotesSheet(workbook, summary, title);
  if (summary.summable) {
    for (const tableId of TABLES) addTableSheet(workbook, summary, tableId, title);
    addBreakdownSheet(workbook, summary, title, reportUrl);
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
