import Link from "next/link";
import type { DashboardModel } from "@/lib/review/build-dashboard";
import { dashboardSearch, STATUS_FILTERS } from "@/lib/review/dashboard-query";
import { STATUS_LABELS } from "@/lib/workflow/status";

const field = "rounded border border-slate-500 px-2 py-1";

/**
 * Year, status and flags as a plain GET form: the URL is the state, no script
 * needed. The kind group is chosen above (DashboardGroups) and kept here.
 */
export function DashboardFilters({ model, basePath }: { model: DashboardModel; basePath: string }) {
  const q = model.query;
  const filtered = q.status !== null || q.overdue || q.warnings;
  return (
    <form
      method="get"
      action={basePath}
      className="flex flex-wrap items-end gap-4 rounded border border-slate-200 bg-white p-4"
    >
      <div>
        <label htmlFor="filter-year" className="block text-sm font-medium">
          报告年度
        </label>
        <select id="filter-year" name="year" defaultValue={String(model.year)} className={field}>
          {model.years.map((y) => (
            <option key={y} value={y}>
              {y}年度
            </option>
          ))}
        </select>
      </div>
      <div>
        <label htmlFor="filter-status" className="block text-sm font-medium">
          状态
        </label>
        <select id="filter-status" name="status" defaultValue={q.status ?? ""} className={field}>
          <option value="">全部</option>
          {STATUS_FILTERS.map((s) => (
            <option key={s} value={s}>
              {STATUS_LABELS[s]}
            </option>
          ))}
        </select>
      </div>
      <div className="flex items-center gap-2 pb-1">
        <input
          id="filter-overdue"
          type="checkbox"
          name="overdue"
          value="1"
          defaultChecked={q.overdue}
          className="h-4 w-4"
        />
        <label htmlFor="filter-overdue">仅看逾期</label>
      </div>
      <div className="flex items-center gap-2 pb-1">
        <input
          id="filter-warnings"
          type="checkbox"
          name="warnings"
          value="1"
          defaultChecked={q.warnings}
          className="h-4 w-4"
        />
        <label htmlFor="filter-warnings">仅看有警告</label>
      </div>
      {q.group ? <input type="hidden" name="group" value={q.group} /> : null}
      {q.sort !== "filingUnit" ? <input type="hidden" name="sort" value={q.sort} /> : null}
      {q.dir !== "asc" ? <input type="hidden" name="dir" value={q.dir} /> : null}
      <button type="submit" className="rounded bg-gov-600 px-4 py-1.5 text-white hover:bg-gov-700">
        筛选
      </button>
      {filtered ? (
        <Link
          href={`${basePath}${dashboardSearch(q, { status: null, overdue: false, warnings: false })}`}
          className="pb-1 text-gov-700 underline"
        >
          清除筛选
        </Link>
      ) : null}
    </form>
  );
}
