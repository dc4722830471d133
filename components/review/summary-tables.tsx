import { StatutoryTable } from "@/components/report/statutory-table";
import { tableLayout, type ValueTableId } from "@/lib/format/cells";
import { readNumber } from "@/lib/format/cell-access";
import { scopeNames } from "@/lib/review/kind-scope";
import type { SummaryData } from "@/lib/review/load-summary";
import { SummaryBreakdown } from "./summary-breakdown";

const TABLES: ValueTableId[] = ["T2", "T3", "T4"];

/**
 * The summed T2, T3 and T4 in the official layout, cells named by a failed
 * check marked, each followed by the filing units' figures that add up to it.
 */
export function SummaryTables({
  summary,
  countyName,
  countyCode,
}: {
  summary: SummaryData;
  countyName: string;
  countyCode: string;
}) {
  const flagged = new Set(summary.findings.flatMap((f) => f.cells));
  return (
    <>
      {TABLES.map((tableId) => {
        const layout = tableLayout(summary.format, tableId);
        const section = summary.format.sections.find((s) => s.tableId === tableId);
        if (!layout || !section) return null;
        return (
          <section key={tableId} aria-labelledby={`summary-${tableId}`} className="mt-6">
            <h2 id={`summary-${tableId}`} className="mb-2 text-lg font-semibold">
              {section.heading}
            </h2>
            <StatutoryTable
              layout={layout}
              idPrefix="summary-"
              caption={`${countyName}${summary.year}年度${scopeNames(summary.scope).summary}：${section.heading}`}
              renderValue={(value) => {
                const number = readNumber(summary.totals, value.cell);
                const bad = flagged.has(value.cell.id);
                return (
                  <span
                    className={`block px-2 py-1 tabular-nums ${bad ? "bg-red-50 font-semibold text-seal-700" : ""}`}
                    data-cell={value.cell.id}
                  >
                    {number === null ? "" : number}
                    {bad ? <span className="sr-only">（勾稽关系不符）</span> : null}
                  </span>
                );
              }}
            />
            <SummaryBreakdown
              summary={summary}
              tableId={tableId}
              countyCode={countyCode}
              heading={section.heading}
            />
          </section>
        );
      })}
    </>
  );
}
