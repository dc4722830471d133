import { scopeNames } from "@/lib/review/kind-scope";
import type { SummaryData } from "@/lib/review/load-summary";
import { STATUS_LABELS } from "@/lib/workflow/status";

/** Which reports the summary adds up, which it skipped and why, and the result of its checks. */
export function SummarySources({ summary }: { summary: SummaryData }) {
  return (
    <section aria-labelledby="summary-sources" className="rounded border border-slate-200 bg-white p-4">
      <h2 id="summary-sources" className="font-semibold">
        汇总范围与核验
      </h2>
      <p className="mt-1 text-sm text-slate-600">
        汇总{summary.scope ? `${scopeNames(summary.scope).short}单位` : "全县各单位"}
        已通过和已公开的报告（已公开的取最新公开版本），按{summary.format.title}（{summary.format.issuedBy}
        ）逐格相加；金额均以万元计（填报时以元填写的已折算为万元）。
      </p>
      <p className="mt-2" data-testid="summary-included">
        纳入汇总 {summary.included.length} 份
        {summary.included.length > 0 ? `：${summary.included.map((s) => s.filingUnitName).join("、")}` : ""}
      </p>
      {summary.skipped.length > 0 ? (
        <p className="mt-1 text-amber-900" data-testid="summary-skipped">
          未纳入 {summary.skipped.length} 份（报告格式与年度不符）：
          {summary.skipped
            .map((s) => `${s.filingUnitName}（${s.formatId}，${STATUS_LABELS[s.status]}）`)
            .join("、")}
        </p>
      ) : null}
      {summary.included.length > 0 ? (
        summary.findings.length === 0 ? (
          <p className="mt-2 text-green-800">汇总数据勾稽关系全部相符（T3-01～T3-03，T4-01～T4-03）。</p>
        ) : (
          <div className="mt-2">
            <p className="font-medium text-seal-700">汇总数据有 {summary.findings.length} 处勾稽关系不符：</p>
            <ul className="mt-1 list-disc pl-6 text-sm">
              {summary.findings.map((f, i) => (
                <li key={`${f.id}-${i}`}>
                  <span className="font-mono">{f.id}</span> {f.message}
                </li>
              ))}
            </ul>
          </div>
        )
      ) : null}
    </section>
  );
}
