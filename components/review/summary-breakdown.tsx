import type { ValueTableId } from "@/lib/format/cells";
import { scopeNames } from "@/lib/review/kind-scope";
import type { SummaryData } from "@/lib/review/load-summary";
import { reviewPaths } from "@/lib/urls/review-paths";
import { filingUnitBreakdown } from "@/lib/review/filing-unit-breakdown";

const shown = (v: number | null) => (v === null ? "" : v);

/**
 * Beneath one summed table: each cell's total (county or kind group) with
 * every filing unit's value beside it (the figures that add up to it), filing
 * unit names linking to their reports, their kind beneath. Cells run down and filing units across: T3 alone has 175 cells,
 * far too many to lay side by side on a screen.
 */
export function SummaryBreakdown({
  summary,
  tableId,
  countyCode,
  heading,
}: {
  summary: SummaryData;
  tableId: ValueTableId;
  countyCode: string;
  heading: string;
}) {
  const { columns, rows } = filingUnitBreakdown(summary, tableId);
  if (columns.length === 0) return null;
  const cell = "border border-slate-300 px-2 py-1";
  const total = scopeNames(summary.scope).total;
  return (
    <details className="mt-3 rounded border border-slate-200 bg-white" data-testid={`breakdown-${tableId}`}>
      <summary className="cursor-pointer px-3 py-2 font-medium text-gov-700">
        分单位明细：{columns.length} 个单位的数字及其合计
      </summary>
      <div
        className="overflow-x-auto px-3 pb-3"
        role="region"
        aria-label={`${heading}分单位明细`}
        tabIndex={0}
      >
        <table className="border-collapse text-sm">
          <caption className="sr-only">
            {heading}：各单位数字与{total}
          </caption>
          <thead>
            <tr className="bg-slate-100">
              <th scope="col" className={`${cell} text-left`}>
                项目
              </th>
              <th scope="col" className={`${cell} whitespace-nowrap`}>
                {total}
              </th>
              {columns.map((c) => (
                <th key={c.reportId} scope="col" className={`${cell} whitespace-nowrap font-medium`}>
                  <a
                    href={reviewPaths.report(countyCode, c.filingUnitCode, summary.year)}
                    className="inline-block min-h-6 text-gov-700 underline"
                  >
                    {c.filingUnitName}
                  </a>
                  <span className="block text-xs font-normal text-slate-600">
                    {c.kindLabel} · {c.source}
                  </span>
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.cellId} data-breakdown-cell={r.cellId}>
                <th scope="row" className={`${cell} min-w-[16rem] text-left font-normal`}>
                  {r.label}
                </th>
                <td className={`${cell} text-center font-semibold tabular-nums`}>{shown(r.total)}</td>
                {r.values.map((v, i) => (
                  <td key={columns[i]!.reportId} className={`${cell} text-center tabular-nums`}>
                    {shown(v)}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </details>
  );
}
