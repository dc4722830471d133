import {
  compareFilingUnits,
  KIND_GROUPS,
  kindLabel,
  kindOf,
  type FilingUnitKind,
  type KindGroup,
} from "@/lib/places/filing-unit-kinds";
import { deadlineFor } from "@/lib/reporting/year-deadline";
import { awaitsReview, hasPublicRevision, isBulkPublishable } from "@/lib/workflow/transitions";
import { deadlineState, deadlineUrgency, isLate, type DeadlineState } from "./deadline-state";
import { STATUS_FILTERS, type DashboardQuery, type SortKey, type StatusKey } from "./dashboard-query";
import { inScope } from "./kind-scope";
import type { DashboardData, FilingUnitSlot } from "./load-dashboard";

export interface DashboardRow {
  filingUnitId: string;
  filingUnitCode: string;
  filingUnitName: string;
  kind: FilingUnitKind;
  /** The unit is retired (it shows only in years it has a report). */
  retired: boolean;
  status: StatusKey;
  reportId: string | null;
  updatedAt: Date | null;
  submittedAt: Date | null;
  /** A submission awaiting review: opened by a reviewer (审核中) or not yet (待审核); null otherwise. */
  review: "opened" | "unopened" | null;
  publishedAt: Date | null;
  /** null: no report yet. */
  errorCount: number | null;
  warningCount: number | null;
  /** The unit's own deadline (YYYY-MM-DD): the county's, or 31 March for the county government (deadlineFor). */
  deadlineDate: string;
  deadline: DeadlineState;
  /** Whether bulk approve-and-publish applies (the transition table's BULK_PUBLISHABLE). */
  selectable: boolean;
  lastRemindedAt: Date | null;
}

/** Units of a group, and how many of them are published (or published and being corrected). */
interface GroupTally {
  total: number;
  published: number;
}

export interface DashboardModel extends DashboardData {
  today: string;
  query: DashboardQuery;
  /** Rows after the group, the filters and sort. */
  rows: DashboardRow[];
  /** Every row of the chosen group, whatever the other filters, in the county's order of units (for 催办). */
  groupRows: DashboardRow[];
  /** Deadlines in the chosen group other than the county's (the county government's own 31 March), by kind label. */
  otherDeadlines: { label: string; date: string }[];
  /** Counts over the filing units of the chosen group (all units when none is), whatever the other filters. */
  total: number;
  counts: Record<StatusKey, number>;
  lateCount: number;
  warningCount: number;
  /** Every unit of the county, and each group's, whatever the filters: the group tabs' numbers. */
  groups: Record<"all" | KindGroup, GroupTally>;
}

/** Workflow order, for sorting by status. */
const STATUS_ORDER: Record<StatusKey, number> = Object.fromEntries(
  STATUS_FILTERS.map((s, i) => [s, i]),
) as Record<StatusKey, number>;

function rowOf(slot: FilingUnitSlot, data: DashboardData, today: string): DashboardRow {
  const r = slot.report;
  const kind = kindOf(slot.filingUnit.kind);
  const deadline = deadlineFor(kind, data.deadline, data.year);
  return {
    filingUnitId: slot.filingUnit.id,
    filingUnitCode: slot.filingUnit.code,
    filingUnitName: slot.filingUnit.name,
    kind,
    retired: slot.filingUnit.retiredAt !== null,
    status: r?.status ?? "not_started",
    reportId: r?.id ?? null,
    updatedAt: r?.updatedAt ?? null,
    submittedAt: r?.submittedAt ?? null,
    review: r && awaitsReview(r.status) ? (r.reviewOpenedAt ? "opened" : "unopened") : null,
    publishedAt: r?.publishedAt ?? null,
    errorCount: r ? r.errorCount : null,
    warningCount: r ? r.warningCount : null,
    deadlineDate: deadline,
    deadline: data.assessed
      ? deadlineState({
          deadline,
          today,
          published: (r?.publishedRevision ?? 0) > 0,
          publishedAt: r?.publishedAt ?? null,
        })
      : { kind: "not_assessed" },
    selectable: isBulkPublishable(r?.status ?? "not_started"),
    lastRemindedAt: slot.lastRemindedAt ?? null,
  };
}

const time = (d: Date | null): number | null => (d ? d.getTime() : null);

/** The county's order of units: the government's own report, townships and streets, departments; by code within. */
const unitOrder = (a: DashboardRow, b: DashboardRow): number =>
  compareFilingUnits({ kind: a.kind, code: a.filingUnitCode }, { kind: b.kind, code: b.filingUnitCode });

/** Sort value of a row; null sorts last in either direction (a blank is not a small value). */
function sortValue(row: DashboardRow, key: Exclude<SortKey, "filingUnit">): number | null {
  switch (key) {
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
    if (key === "filingUnit") return unitOrder(a, b) * sign;
    const x = sortValue(a, key);
    const y = sortValue(b, key);
    if (x !== y) {
      if (x === null) return 1;
      if (y === null) return -1;
      return (x < y ? -1 : 1) * sign;
    }
    // Ties keep the filing unit order, so the table never shuffles between reloads.
    return unitOrder(a, b);
  };
}

function tally(rows: readonly DashboardRow[]): GroupTally {
  return {
    total: rows.length,
    published: rows.filter((row) => hasPublicRevision(row.status)).length,
  };
}

function otherDeadlines(rows: readonly DashboardRow[], countyDeadline: string) {
  const seen = new Map<string, string>();
  for (const row of rows)
    if (row.deadlineDate !== countyDeadline) seen.set(kindLabel(row.kind), row.deadlineDate);
  return [...seen].map(([label, date]) => ({ label, date }));
}

/** Status, lateness and warning filters, on the rows of the chosen group. */
function filterRows(rows: readonly DashboardRow[], query: DashboardQuery): DashboardRow[] {
  return rows.filter(
    (row) =>
      (!query.status || row.status === query.status) &&
      (!query.overdue || isLate(row.deadline)) &&
      (!query.warnings || (row.warningCount ?? 0) > 0),
  );
}

/**
 * The page model: rows for every filing unit, filtered and sorted as the URL
 * asks, with counts over the chosen group and each group's size.
 */
export function buildDashboard(data: DashboardData, query: DashboardQuery, today: string): DashboardModel {
  const all = data.slots.map((slot) => rowOf(slot, data, today));
  const scoped = all.filter((row) => inScope(row.kind, query.group));
  const counts = Object.fromEntries(STATUS_FILTERS.map((s) => [s, 0])) as Record<StatusKey, number>;
  for (const row of scoped) counts[row.status] += 1;
  const groups = { all: tally(all) } as DashboardModel["groups"];
  for (const group of KIND_GROUPS) groups[group] = tally(all.filter((row) => inScope(row.kind, group)));
  return {
    ...data,
    today,
    query,
    rows: filterRows(scoped, query).sort(compareRows(query.sort, query.dir)),
    groupRows: [...scoped].sort(unitOrder),
    otherDeadlines: otherDeadlines(scoped, data.deadline),
    total: scoped.length,
    counts,
    lateCount: scoped.filter((row) => isLate(row.deadline)).length,
    warningCount: scoped.filter((row) => (row.warningCount ?? 0) > 0).length,
    groups,
  };
}
