import { isBulkPublishable } from "@/lib/workflow/transitions";
import { deadlineState, deadlineUrgency, isLate, type DeadlineState } from "./deadline-state";
import { STATUS_FILTERS, type DashboardQuery, type SortKey, type StatusKey } from "./dashboard-query";
import type { DashboardData, FilingUnitSlot } from "./load-dashboard";

export interface DashboardRow {
  filingUnitId: string;
  filingUnitCode: string;
  filingUnitName: string;
  status: StatusKey;
  reportId: string | null;
  updatedAt: Date | null;
  submittedAt: Date | null;
  publishedAt: Date | null;
  /** null: no report yet. */
  errorCount: number | null;
  warningCount: number | null;
  deadline: DeadlineState;
  /** Whether bulk approve-and-publish applies (the transition table's BULK_PUBLISHABLE). */
  selectable: boolean;
  lastRemindedAt: Date | null;
}

export interface DashboardModel extends DashboardData {
  today: string;
  query: DashboardQuery;
  /** Rows after filters and sort. */
  rows: DashboardRow[];
  /** Counts over all filing units, whatever the filters. */
  total: number;
  counts: Record<StatusKey, number>;
  lateCount: number;
  warningCount: number;
}

/** Workflow order, for sorting by status. */
const STATUS_ORDER: Record<StatusKey, number> = Object.fromEntries(
  STATUS_FILTERS.map((s, i) => [s, i]),
) as Record<StatusKey, number>;

function rowOf(slot: FilingUnitSlot, deadline: string, today: string): DashboardRow {
  const r = slot.report;
  return {
    filingUnitId: slot.filingUnit.id,
    filingUnitCode: slot.filingUnit.code,
    filingUnitName: slot.filingUnit.name,
    status: r?.status ?? "not_started",
    reportId: r?.id ?? null,
    updatedAt: r?.updatedAt ?? null,
    submittedAt: r?.submittedAt ?? null,
    publishedAt: r?.publishedAt ?? null,
    errorCount: r ? r.errorCount : null,
    warningCount: r ? r.warningCount : null,
    deadline: deadlineState({
      deadline,
      today,
      published: (r?.publishedRevision ?? 0) > 0,
      publishedAt: r?.publishedAt ?? null,
    }),
    selectable: isBulkPublishable(r?.status ?? "not_started"),
    lastRemindedAt: slot.lastRemindedAt ?? null,
  };
}

const time = (d: Date | null): number | null => (d ? d.getTime() : null);

/** Sort value of a row; null sorts last in either direction (a blank is not a small value). */
function sortValue(row: DashboardRow, key: SortKey): number | string | null {
  switch (key) {
    case "filingUnit":
      return row.filingUnitCode;
    case "status":
      return STATUS_ORDER[row.status];
    case "updated":
      return time(row.updatedAt);
    case "submitted":
      return time(row.submittedAt);
    case "errors":
      return row.errorCount;
    case "warnings":
      return row.warningCount;
    case "deadline":
      return deadlineUrgency(row.deadline);
  }
}

function compareRows(key: SortKey, dir: "asc" | "desc") {
  const sign = dir === "asc" ? 1 : -1;
  return (a: DashboardRow, b: DashboardRow): number => {
    const x = sortValue(a, key);
    const y = sortValue(b, key);
    if (x !== y) {
      if (x === null) return 1;
      if (y === null) return -1;
      return (x < y ? -1 : 1) * sign;
    }
    // Ties keep the filing unit order, so the table never shuffles between reloads.
    return a.filingUnitCode < b.filingUnitCode ? -1 : a.filingUnitCode > b.filingUnitCode ? 1 : 0;
  };
}

function filterRows(rows: readonly DashboardRow[], query: DashboardQuery): DashboardRow[] {
  return rows.filter(
    (row) =>
      (!query.status || row.status === query.status) &&
      (!query.overdue || isLate(row.deadline)) &&
      (!query.warnings || (row.warningCount ?? 0) > 0),
  );
}

/** The page model: rows for every filing unit, filtered and sorted as the URL asks, with counts over all. */
export function buildDashboard(data: DashboardData, query: DashboardQuery, today: string): DashboardModel {
  const all = data.slots.map((slot) => rowOf(slot, data.deadline, today));
  const counts = Object.fromEntries(STATUS_FILTERS.map((s) => [s, 0])) as Record<StatusKey, number>;
  for (const row of all) counts[row.status] += 1;
  return {
    ...data,
    today,
    query,
    rows: filterRows(all, query).sort(compareRows(query.sort, query.dir)),
    total: all.length,
    counts,
    lateCount: all.filter((row) => isLate(row.deadline)).length,
    warningCount: all.filter((row) => (row.warningCount ?? 0) > 0).length,
  };
}
