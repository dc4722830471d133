import { kindLabel } from "@/lib/places/filing-unit-kinds";
import { STATUS_LABELS } from "@/lib/workflow/status";
import { chinaDateTime } from "./china-time";
import { deadlineStateLabel } from "./deadline-state";
import type { DashboardModel } from "./build-dashboard";
import { scopeNames } from "./kind-scope";

export type ExportCell = string | number | null;

/** Columns of the dashboard export, in the order of the on-screen table. */
export const EXPORT_COLUMNS = [
  "填报单位",
  "单位代码",
  "单位类别",
  "状态",
  "最后修改",
  "提交时间",
  "首次公开时间",
  "错误数",
  "警告数",
  "公开截止日期",
  "截止情况",
] as const;

const when = (d: Date | null): string | null => (d ? chinaDateTime(d) : null);

/** The rows the page shows (same filters and sort), as plain values for CSV and xlsx. */
export function dashboardExportRows(model: DashboardModel): ExportCell[][] {
  return model.rows.map((row) => [
    row.filingUnitName,
    row.filingUnitCode,
    kindLabel(row.kind),
    STATUS_LABELS[row.status],
    when(row.updatedAt),
    when(row.submittedAt),
    when(row.publishedAt),
    row.errorCount,
    row.warningCount,
    row.deadlineDate,
    deadlineStateLabel(row.deadline),
  ]);
}

/** File name stem, e.g. "吉县-2025年度报告审核进度", or "吉县-2025年度报告审核进度（部门）" for one group. */
export function dashboardExportName(model: DashboardModel): string {
  const scope = model.query.group ? `（${scopeNames(model.query.group).short}）` : "";
  return `${model.county.name}-${model.year}年度报告审核进度${scope}`;
}

/** The ASCII fallback of the file name, e.g. "jixian-2025-review.csv" or "jixian-2025-review-department.csv". */
export function dashboardAsciiName(model: DashboardModel, extension: "csv" | "xlsx"): string {
  const scope = model.query.group ? `-${model.query.group}` : "";
  return `${model.county.code}-${model.year}-review${scope}.${extension}`;
}
