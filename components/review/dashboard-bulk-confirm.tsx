"use client";
import { useActionState } from "react";
import { StatusTag } from "@/components/ui/status-tag";
import type { BulkState } from "@/lib/review/bulk-state";
import type { BulkCandidate } from "@/lib/review/load-bulk-selection";
import { STATUS_LABELS, type ReportStatus } from "@/lib/workflow/status";
import { BULK_PUBLISHABLE, TRANSITIONS } from "@/lib/workflow/transitions";
import { ColumnHeadings } from "@/components/ui/column-headings";
import { kindLabel } from "@/lib/places/filing-unit-kinds";

type Action = (state: BulkState, form: FormData) => Promise<BulkState>;

/** States as the page names them: “已提交待审”或“已通过”. */
const quoted = (states: readonly ReportStatus[]) => states.map((s) => `“${STATUS_LABELS[s]}”`).join("或");

/**
 * The confirmation step of bulk approve-and-publish and, once it ran, one
 * line per report. It stays mounted while the server re-renders the page
 * after the action (the reports are then no longer eligible), so the outcome
 * remains on screen. Without JavaScript the form posts and the page renders
 * the same outcome (React's progressive enhancement of server actions).
 */
export function DashboardBulkConfirm({
  action,
  countyCode,
  eligible,
  ineligible,
  dashboardHref,
}: {
  action: Action;
  countyCode: string;
  eligible: BulkCandidate[];
  ineligible: BulkCandidate[];
  dashboardHref: string;
}) {
  const [state, formAction, pending] = useActionState(action, null);
  const outcomes = state?.ok ? state.data.outcomes : [];
  const succeeded = outcomes.filter((o) => o.ok).length;
  const back = (
    <a href={dashboardHref} className="text-gov-700 underline">
      返回审核进度
    </a>
  );

  if (state?.ok) {
    return (
      <section aria-labelledby="bulk-result" className="rounded border border-slate-200 bg-white p-4">
        <h2 id="bulk-result" className="font-semibold" role="status">
          处理完成：成功 {succeeded} 份，未成功 {outcomes.length - succeeded} 份。
        </h2>
        <ul className="mt-2 space-y-1" aria-label="处理结果">
          {outcomes.map((o) => (
            <li
              key={o.reportId}
              data-ok={o.ok ? "true" : "false"}
              className={o.ok ? "text-green-800" : "text-seal-700"}
            >
              {o.filingUnitName}：{o.ok ? "" : "未成功，"}
              {o.message}
            </li>
          ))}
        </ul>
        <p className="mt-3">{back}</p>
      </section>
    );
  }

  if (eligible.length === 0) {
    return (
      <p className="rounded border border-slate-200 bg-white p-4">
        没有可以通过并公开的报告。请在审核进度表中勾选{quoted(BULK_PUBLISHABLE)}的报告。 {back}
      </p>
    );
  }

  return (
    <section aria-labelledby="bulk-list" className="rounded border border-slate-200 bg-white p-4">
      <h2 id="bulk-list" className="font-semibold">
        将通过并公开以下 {eligible.length} 份报告
      </h2>
      <p className="mt-1 text-sm text-slate-700">
        {quoted(TRANSITIONS.approve.from)}的报告先{TRANSITIONS.approve.label}再{TRANSITIONS.publish.label}，
        {quoted(TRANSITIONS.publish.from)}的报告直接{TRANSITIONS.publish.label}。公开后内容对外可见，修改须
        {TRANSITIONS.start_correction.label}。
      </p>
      <table className="mt-3 w-full border-collapse text-left">
        <caption className="sr-only">待通过并公开的报告</caption>
        <ColumnHeadings labels={["填报单位", "类别", "年度", "当前状态"]} />
        <tbody>
          {eligible.map((c) => (
            <tr key={c.reportId} className="border-b border-slate-200">
              <th scope="row" className="p-2 font-normal">
                {c.filingUnitName}
              </th>
              <td className="p-2">{kindLabel(c.kind)}</td>
              <td className="p-2">{c.year}</td>
              <td className="p-2">
                <StatusTag status={c.status} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {ineligible.length > 0 ? (
        <p className="mt-3 text-sm text-amber-900">
          另有 {ineligible.length} 份所选报告当前状态不能公开，不会处理：
          {ineligible.map((c) => c.filingUnitName).join("、")}
        </p>
      ) : null}
      <form action={formAction} className="mt-4">
        <input type="hidden" name="county" value={countyCode} />
        {eligible.map((c) => (
          <input key={c.reportId} type="hidden" name="report" value={c.reportId} />
        ))}
        <button
          type="submit"
          disabled={pending}
          className="rounded bg-gov-600 px-4 py-2 text-white hover:bg-gov-700 disabled:opacity-60"
        >
          {pending ? "正在处理…" : `确认通过并公开 ${eligible.length} 份报告`}
        </button>
        <a href={dashboardHref} className="ml-4 text-gov-700 underline">
          取消
        </a>
      </form>
      {state && !state.ok ? (
        <p className="mt-3 font-medium text-seal-700" role="alert">
          {state.message}
        </p>
      ) : null}
    </section>
  );
}
