import { KIND_GROUPS, type KindGroup } from "@/lib/places/filing-unit-kinds";
import { z } from "@/lib/validation/zod";
import { REPORT_STATUSES } from "@/lib/workflow/status";

/**
 * The dashboard's state lives in its URL (year, filters, sort), so it works
 * without JavaScript, survives a reload and can be shared. Unknown or
 * malformed values fall back to the defaults rather than failing the page.
 */

export const STATUS_FILTERS = ["not_started", ...REPORT_STATUSES] as const;
export type StatusKey = (typeof STATUS_FILTERS)[number];

const SORT_KEYS = ["filingUnit", "status", "updated", "submitted", "errors", "warnings", "deadline"] as const;
export type SortKey = (typeof SORT_KEYS)[number];

export const SORT_LABELS: Record<SortKey, string> = {
  filingUnit: "填报单位",
  status: "状态",
  updated: "最后修改",
  submitted: "提交时间",
  errors: "错误",
  warnings: "警告",
  deadline: "截止情况",
};

export interface DashboardQuery {
  year: number;
  /** One group of filing units (乡镇（街道）· 部门 · 本级), or null for all of them. */
  group: KindGroup | null;
  status: StatusKey | null;
  /** Only filing units that are late: unpublished past the deadline, or published after it. */
  overdue: boolean;
  /** Only reports with at least one open warning. */
  warnings: boolean;
  sort: SortKey;
  dir: "asc" | "desc";
}

export type SearchParams = Record<string, string | string[] | undefined>;

function first(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value;
}

const flag = z
  .string()
  .optional()
  .transform((v) => v === "1" || v === "on" || v === "true");

const schema = z.object({
  year: z.coerce.number().int().min(2000).max(2100).optional().catch(undefined),
  group: z.enum(KIND_GROUPS).optional().catch(undefined),
  status: z.enum(STATUS_FILTERS).optional().catch(undefined),
  overdue: flag.catch(false),
  warnings: flag.catch(false),
  sort: z.enum(SORT_KEYS).optional().catch(undefined),
  dir: z.enum(["asc", "desc"]).optional().catch(undefined),
});

export function parseDashboardQuery(params: SearchParams, defaultYear: number): DashboardQuery {
  const parsed = schema.parse({
    year: first(params.year) || undefined,
    group: first(params.group) || undefined,
    status: first(params.status) || undefined,
    overdue: first(params.overdue),
    warnings: first(params.warnings),
    sort: first(params.sort) || undefined,
    dir: first(params.dir) || undefined,
  });
  return {
    year: parsed.year ?? defaultYear,
    group: parsed.group ?? null,
    status: parsed.status ?? null,
    overdue: parsed.overdue,
    warnings: parsed.warnings,
    sort: parsed.sort ?? "filingUnit",
    dir: parsed.dir ?? "asc",
  };
}

/** The query string of a dashboard state, defaults left out so links stay short. */
export function dashboardSearch(query: DashboardQuery, change: Partial<DashboardQuery> = {}): string {
  const q = { ...query, ...change };
  const params = new URLSearchParams();
  params.set("year", String(q.year));
  if (q.group) params.set("group", q.group);
  if (q.status) params.set("status", q.status);
  if (q.overdue) params.set("overdue", "1");
  if (q.warnings) params.set("warnings", "1");
  if (q.sort !== "filingUnit") params.set("sort", q.sort);
  if (q.dir !== "asc") params.set("dir", q.dir);
  return `?${params.toString()}`;
}
