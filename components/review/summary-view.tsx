import Link from "next/link";
import { PageHeading } from "@/components/ui/page-heading";
import { KIND_GROUP, KIND_GROUPS } from "@/lib/places/filing-unit-kinds";
import { scopeNames } from "@/lib/review/kind-scope";
import { reviewPaths } from "@/lib/urls/review-paths";
import type { SummaryModel } from "@/lib/review/summary-model";
import { SummaryCharts } from "./summary-charts";
import { SummarySources } from "./summary-sources";
import { SummaryTables } from "./summary-tables";

const field = "rounded border border-slate-500 px-2 py-1";

/** The county summary (汇总) page below the site header: of every unit, or of one kind group (?group=). */
export function SummaryView({ model }: { model: SummaryModel }) {
  const code = model.county.code;
  const link = "text-gov-700 underline";
  const scope = model.summary.scope;
  return (
    <>
      <PageHeading
        caption="审核 · 汇总"
        title={`${model.county.name} · ${model.year}年度${scopeNames(scope).summary}`}
      />
      <div className="mb-4 flex flex-wrap items-end gap-x-6 gap-y-3">
        <form method="get" action={reviewPaths.summaryForm(code)} className="flex flex-wrap items-end gap-2">
          <div>
            <label htmlFor="summary-year" className="block text-sm font-medium">
              报告年度
            </label>
            <select id="summary-year" name="year" defaultValue={String(model.year)} className={field}>
              {model.years.map((y) => (
                <option key={y} value={y}>
                  {y}年度
                </option>
              ))}
            </select>
          </div>
          <div>
            <label htmlFor="summary-group" className="block text-sm font-medium">
              汇总单位
            </label>
            <select id="summary-group" name="group" defaultValue={scope ?? ""} className={field}>
              <option value="">{scopeNames(null).short}</option>
              {KIND_GROUPS.map((g) => (
                <option key={g} value={g}>
                  {KIND_GROUP[g].label}
                </option>
              ))}
            </select>
          </div>
          <button type="submit" className="rounded bg-gov-600 px-4 py-1.5 text-white hover:bg-gov-700">
            查看
          </button>
        </form>
        <Link href={reviewPaths.dashboardOf(code, model.year, scope)} className={link}>
          返回审核进度
        </Link>
        {model.summary.summable ? (
          <a href={reviewPaths.summaryXlsx(code, model.year, scope)} className={link} download>
            下载汇总表（Excel）
          </a>
        ) : null}
      </div>
      {model.summary.summable ? (
        <>
          <SummarySources summary={model.summary} />
          <SummaryTables summary={model.summary} countyName={model.county.name} countyCode={code} />
        </>
      ) : (
        <p className="rounded border border-amber-300 bg-amber-50 p-3 text-amber-900">
          {model.year}年度使用旧版统计表（各省格式不一），不做汇总。
        </p>
      )}
      <SummaryCharts model={model} />
    </>
  );
}
