import { BarChart } from "@/components/charts/bar-chart";
import { scopeNames } from "@/lib/review/kind-scope";
import { withoutGroupNumber } from "@/lib/review/summary-charts";
import type { SummaryModel } from "@/lib/review/summary-model";

/** The charts follow the summary's scope: every unit, or one kind group's. */
export function SummaryCharts({ model }: { model: SummaryModel }) {
  const names = scopeNames(model.summary.scope);
  const units = model.summary.scope ? `${names.short}各单位` : "全县各单位";
  const others = model.dashboard.otherDeadlines.map((d) => `（${d.label} ${d.date}）`).join("");
  const labels = model.charts.t3Labels;
  return (
    <section aria-labelledby="summary-charts" className="mt-8">
      <h2 id="summary-charts" className="mb-3 text-lg font-semibold">
        图表
      </h2>
      <div className="grid gap-4 lg:grid-cols-2">
        {labels ? (
          <>
            <BarChart
              id="chart-applications"
              title={`各单位${withoutGroupNumber(labels.received)}`}
              description={`取自表三“${labels.received}”总计列，仅含纳入汇总的报告。`}
              data={model.charts.applications}
              unit="件"
            />
            <BarChart
              id="chart-outcomes"
              title={`${withoutGroupNumber(labels.results)}构成`}
              description={`表三“${labels.results}”各类情形的总计列，${names.total}。`}
              data={model.charts.outcomes}
              unit="件"
              color="#0f766e"
            />
          </>
        ) : null}
        <BarChart
          id="chart-timeliness"
          title="按时公开情况"
          description={`${units}相对公开截止日期 ${model.deadline}${others} 的情况。`}
          data={model.charts.timeliness}
          unit="个单位"
          color="#7c3aed"
        />
      </div>
    </section>
  );
}
