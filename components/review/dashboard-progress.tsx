import Link from "next/link";
import type { DashboardModel } from "@/lib/review/build-dashboard";
import { dashboardSearch, STATUS_FILTERS, type StatusKey } from "@/lib/review/dashboard-query";
import { scopeNames } from "@/lib/review/kind-scope";
import { STATUS_LABELS } from "@/lib/workflow/status";

const BAR: Record<StatusKey, string> = {
  not_started: "bg-slate-300",
  draft: "bg-amber-400",
  returned: "bg-red-500",
  submitted: "bg-blue-500",
  approved: "bg-teal-500",
  published: "bg-green-600",
  correcting: "bg-purple-500",
};

/**
 * Counts per status (each a filter link) and a bar of progress towards
 * publication, over the county or the chosen kind group.
 */
export function DashboardProgress({ model, basePath }: { model: DashboardModel; basePath: string }) {
  const published = model.counts.published + model.counts.correcting;
  const percent = model.total > 0 ? Math.round((published / model.total) * 100) : 0;
  const scope = model.query.group ? `（${scopeNames(model.query.group).short}）` : "";
  return (
    <section aria-labelledby="progress-heading" className="rounded border border-slate-200 bg-white p-4">
      <h2 id="progress-heading" className="font-semibold">
        进度{scope}：已公开 {published} / {model.total}（{percent}%）
      </h2>
      <div className="mt-2 flex h-4 w-full overflow-hidden rounded bg-slate-100" aria-hidden="true">
        {STATUS_FILTERS.map((s) =>
          model.counts[s] > 0 ? (
            <div key={s} className={BAR[s]} style={{ width: `${(model.counts[s] / model.total) * 100}%` }} />
          ) : null,
        )}
      </div>
      <ul className="mt-3 flex flex-wrap gap-x-5 gap-y-2 text-sm" aria-label="各状态数量">
        {STATUS_FILTERS.map((s) => (
          <li key={s} className="flex items-center gap-1">
            <span className={`inline-block h-3 w-3 rounded-sm ${BAR[s]}`} aria-hidden="true" />
            <Link
              href={`${basePath}${dashboardSearch(model.query, { status: s })}`}
              className="text-gov-700 underline"
              aria-current={model.query.status === s ? "true" : undefined}
            >
              {STATUS_LABELS[s]} <span data-testid={`count-${s}`}>{model.counts[s]}</span>
            </Link>
          </li>
        ))}
        <li>
          逾期 <span data-testid="count-late">{model.lateCount}</span>
        </li>
        <li>
          有警告 <span data-testid="count-warnings">{model.warningCount}</span>
        </li>
      </ul>
    </section>
  );
}
