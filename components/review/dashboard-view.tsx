import Link from "next/link";
import { PageHeading } from "@/components/ui/page-heading";
import type { DashboardModel } from "@/lib/review/build-dashboard";
import { dashboardSearch } from "@/lib/review/dashboard-query";
import { reviewPaths } from "@/lib/urls/review-paths";
import { deadlineLabel } from "@/lib/reporting/report-year";
import { scopeNames } from "@/lib/review/kind-scope";
import { DashboardFilters } from "./dashboard-filters";
import { DashboardGroups } from "./dashboard-groups";
import { DashboardProgress } from "./dashboard-progress";
import { DashboardReminders } from "./dashboard-reminders";
import { chinaDate } from "@/lib/publications/china-date";
import { isRemindable } from "@/lib/reminders/reminder-message";
import { STATUS_LABELS } from "@/lib/workflow/status";
import { DashboardTable } from "./dashboard-table";

/** The county dashboard: everything below the site header, from the page model alone. */
export function DashboardView({
  model,
  canReview,
  canAdminister,
}: {
  model: DashboardModel;
  canReview: boolean;
  canAdminister: boolean;
}) {
  const code = model.county.code;
  const basePath = reviewPaths.dashboard(code);
  const search = dashboardSearch(model.query);
  const link = "text-gov-700 underline";
  // 催办 follows the chosen group: on 部门, "remind all" means all departments not yet submitted.
  const remindable = model.groupRows
    .filter((row) => isRemindable(row.status))
    .map((row) => ({
      id: row.filingUnitId,
      name: row.filingUnitName,
      statusLabel: STATUS_LABELS[row.status],
      lastReminded: row.lastRemindedAt ? chinaDate(row.lastRemindedAt) : null,
      ownDeadline: row.deadlineDate === model.deadline ? null : row.deadlineDate,
    }));
  return (
    <>
      <PageHeading caption="审核" title={`${model.county.name} · ${model.year}年度报告`}>
        {model.assessed ? (
          <p className="mt-1 text-slate-700">
            公开截止日期 {model.deadline}（{deadlineLabel(model.deadline, model.today)}）
            {model.otherDeadlines.map((d) => ` · ${d.label}截止 ${d.date}`).join("")}
            {model.county.approvalPublishes ? " · 审核通过即公开" : " · 审核通过后另行公开"}
          </p>
        ) : (
          <p className="mt-2 rounded border border-slate-300 bg-slate-50 p-2 text-slate-800" role="note">
            {model.year}
            年度的报告均为导入的历史报告，本县未在本系统开启该年度，没有截止日期可以对照：是否按时公开未纳入统计。
          </p>
        )}
        {model.reportingYear || !model.assessed ? null : (
          <p className="mt-2 rounded border border-amber-300 bg-amber-50 p-2 text-amber-900" role="note">
            本县尚未开启{model.year}年度，截止日期按默认设置计算。
            {canAdminister ? (
              <>
                {" "}
                <Link href={reviewPaths.settings(code)} className={link}>
                  开启报告年度
                </Link>
              </>
            ) : null}
          </p>
        )}
      </PageHeading>
      <nav aria-label="审核工具" className="mb-4 flex flex-wrap gap-x-5 gap-y-2">
        <Link href={reviewPaths.summary(code, model.year, model.query.group)} className={link}>
          {model.year}年度{scopeNames(model.query.group).summary}
        </Link>
        <a href={reviewPaths.exportCsv(code, search)} className={link} download>
          导出 CSV
        </a>
        <a href={reviewPaths.exportXlsx(code, search)} className={link} download>
          导出 Excel
        </a>
        {canAdminister ? (
          <Link href={reviewPaths.settings(code)} className={link}>
            报告年度与公开设置
          </Link>
        ) : null}
      </nav>
      <div className="space-y-4">
        <DashboardGroups model={model} basePath={basePath} />
        <DashboardProgress model={model} basePath={basePath} />
        {canReview && model.assessed && remindable.length > 0 ? (
          <DashboardReminders
            countyId={model.county.id}
            year={model.year}
            deadlineText={`${model.deadline}（${deadlineLabel(model.deadline, model.today)}）`}
            filingUnits={remindable}
          />
        ) : null}
        <DashboardFilters model={model} basePath={basePath} />
        <DashboardTable model={model} basePath={basePath} canReview={canReview} />
      </div>
    </>
  );
}
