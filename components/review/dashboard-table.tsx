import Link from "next/link";
import { StatusTag } from "@/components/ui/status-tag";
import { kindLabel } from "@/lib/places/filing-unit-kinds";
import type { DashboardModel, DashboardRow } from "@/lib/review/build-dashboard";
import { chinaDate } from "@/lib/publications/china-date";
import { chinaDateTime } from "@/lib/review/china-time";
import { dashboardSearch, SORT_LABELS, type SortKey } from "@/lib/review/dashboard-query";
import { scopeNames } from "@/lib/review/kind-scope";
import { reviewPaths } from "@/lib/urls/review-paths";
import { DashboardDeadlineTag } from "./dashboard-deadline-tag";

const cell = "p-2 align-top";
const when = (d: Date | null) => (d ? chinaDateTime(d) : "—");

function SortHeader({
  model,
  basePath,
  sortKey,
}: {
  model: DashboardModel;
  basePath: string;
  sortKey: SortKey;
}) {
  const active = model.query.sort === sortKey;
  const nextDir = active && model.query.dir === "asc" ? "desc" : "asc";
  const arrow = active ? (model.query.dir === "asc" ? "↑" : "↓") : "";
  return (
    <th
      scope="col"
      className={`${cell} whitespace-nowrap`}
      aria-sort={active ? (model.query.dir === "asc" ? "ascending" : "descending") : undefined}
    >
      <Link
        href={`${basePath}${dashboardSearch(model.query, { sort: sortKey, dir: nextDir })}`}
        className="text-gov-700 underline"
      >
        {SORT_LABELS[sortKey]}
        <span aria-hidden="true">{arrow}</span>
        <span className="sr-only">
          {active ? `（当前${model.query.dir === "asc" ? "升序" : "降序"}，点击切换）` : "（点击排序）"}
        </span>
      </Link>
    </th>
  );
}

function Count({ value, tone }: { value: number | null; tone: string }) {
  if (value === null) return <>—</>;
  return <span className={value > 0 ? `font-semibold ${tone}` : undefined}>{value}</span>;
}

function Row({ model, row, canReview }: { model: DashboardModel; row: DashboardRow; canReview: boolean }) {
  return (
    <tr className="border-b border-slate-200" data-filing-unit={row.filingUnitCode}>
      {canReview ? (
        <td className={cell}>
          {row.selectable && row.reportId ? (
            <input
              type="checkbox"
              name="report"
              value={row.reportId}
              aria-label={`选择${row.filingUnitName}`}
              className="h-4 w-4"
            />
          ) : null}
        </td>
      ) : null}
      <th scope="row" className={`${cell} text-left font-normal`}>
        {row.filingUnitName}
        {row.retired ? <span className="ml-1 text-sm text-slate-600">（已撤销）</span> : null}
      </th>
      <td className={cell}>{kindLabel(row.kind)}</td>
      <td className={cell}>
        <StatusTag status={row.status} />
        {row.review ? (
          <span className="block text-xs text-slate-700">
            {row.review === "opened" ? "审核中" : "待审核，尚未打开"}
          </span>
        ) : null}
      </td>
      <td className={cell}>{when(row.updatedAt)}</td>
      <td className={cell}>{when(row.submittedAt)}</td>
      <td className={`${cell} text-right`}>
        <Count value={row.errorCount} tone="text-seal-700" />
      </td>
      <td className={`${cell} text-right`}>
        <Count value={row.warningCount} tone="text-amber-800" />
      </td>
      <td className={cell}>
        <DashboardDeadlineTag state={row.deadline} />
        {row.deadlineDate !== model.deadline ? (
          <span className="block text-xs text-slate-700">截止 {row.deadlineDate}</span>
        ) : null}
      </td>
      <td className={`${cell} whitespace-nowrap`}>
        {row.lastRemindedAt ? chinaDate(row.lastRemindedAt) : "—"}
      </td>
      <td className={cell}>
        <Link
          href={reviewPaths.report(model.county.code, row.filingUnitCode, model.year)}
          className="text-gov-700 underline"
          aria-label={`查看${row.filingUnitName}${model.year}年度报告`}
        >
          查看
        </Link>
      </td>
    </tr>
  );
}

/**
 * One row per filing unit. For reviewers the table sits in a GET form to the
 * bulk confirmation page: ticking rows and pressing the button lists them
 * there before anything changes.
 */
export function DashboardTable({
  model,
  basePath,
  canReview,
}: {
  model: DashboardModel;
  basePath: string;
  canReview: boolean;
}) {
  const selectable = model.rows.some((r) => r.selectable);
  const table = (
    // relative: the sort links' screen-reader text (absolutely placed) stays inside the scrolling box on a phone.
    <div className="relative overflow-x-auto">
      <table className="w-full border-collapse bg-white text-left">
        <caption className="sr-only">
          {model.county.name}
          {model.query.group ? scopeNames(model.query.group).short : "各单位"}
          {model.year}年度报告状态（{model.rows.length} / {model.total}）
        </caption>
        <thead>
          <tr className="border-b border-slate-300">
            {canReview ? (
              <td className={cell}>
                <span className="sr-only">选择</span>
              </td>
            ) : null}
            <SortHeader model={model} basePath={basePath} sortKey="filingUnit" />
            <th scope="col" className={`${cell} whitespace-nowrap`}>
              类别
            </th>
            <SortHeader model={model} basePath={basePath} sortKey="status" />
            <SortHeader model={model} basePath={basePath} sortKey="updated" />
            <SortHeader model={model} basePath={basePath} sortKey="submitted" />
            <SortHeader model={model} basePath={basePath} sortKey="errors" />
            <SortHeader model={model} basePath={basePath} sortKey="warnings" />
            <SortHeader model={model} basePath={basePath} sortKey="deadline" />
            <th scope="col" className={`${cell} whitespace-nowrap`}>
              上次催办
            </th>
            <th scope="col" className={cell}>
              审核
            </th>
          </tr>
        </thead>
        <tbody>
          {model.rows.map((row) => (
            <Row key={row.filingUnitId} model={model} row={row} canReview={canReview} />
          ))}
        </tbody>
      </table>
      {model.rows.length === 0 ? (
        <p className="bg-white p-4 text-slate-700">没有符合筛选条件的单位。</p>
      ) : null}
    </div>
  );
  if (!canReview) return table;
  return (
    <form method="get" action={reviewPaths.bulk(model.county.code)}>
      <input type="hidden" name="year" value={model.year} />
      {model.query.group ? <input type="hidden" name="group" value={model.query.group} /> : null}
      {table}
      {selectable ? (
        <div className="mt-3 flex flex-wrap items-center gap-3">
          <button type="submit" className="rounded bg-gov-600 px-4 py-2 text-white hover:bg-gov-700">
            批量通过并公开所选报告…
          </button>
          <span className="text-sm text-slate-600">
            可选择“已提交待审”和“已通过”的报告；下一步会列出所选报告请您确认。
          </span>
        </div>
      ) : null}
    </form>
  );
}
