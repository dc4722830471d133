import Link from "next/link";
import type { CountyYear, CountyYearRow } from "@/lib/publications/load-county-year";
import { groupByKind } from "@/lib/publications/kind-groups";
import { reportPath } from "@/lib/urls/public-paths";
import { chineseDateLabel, UNKNOWN_DATE_LABEL } from "@/lib/publications/china-date";
import { daysLate, TIMELINESS, TIMELINESS_LABELS } from "@/lib/publications/timeliness";
import { RetiredMark } from "./reports-by-kind";
import { TimelinessTag } from "./timeliness-tag";
import { ColumnHeadings } from "@/components/ui/column-headings";

/** "按时公开 3，逾期公开 1，尚未公开 0": the statuses a judged year always names, and any other that occurs. */
function countsLine(rows: readonly CountyYearRow[], judged: boolean): string {
  return TIMELINESS.map((status) => ({ status, n: rows.filter((r) => r.status === status).length }))
    .filter(({ status, n }) => n > 0 || (judged && status !== "date_unknown" && status !== "not_assessed"))
    .map(({ status, n }) => `${TIMELINESS_LABELS[status]} ${n}`)
    .join("，");
}

/**
 * Every filing unit of a county for one year, grouped as county portals list
 * them (本级政府年报 · 乡镇（街道）年报 · 部门年报) with counts per group:
 * published on time, late, or not yet, against the unit's deadline; 日期不详
 * for a report whose date is unknown; 未纳入统计 in a year that is not judged.
 */
export function CountyYearTable({ countyYear, today }: { countyYear: CountyYear; today: string }) {
  const { county, year, deadline, rows } = countyYear;
  const judged = deadline !== null;
  return (
    <>
      <p className="mb-6 text-slate-700">
        共 {rows.length} 个单位：{countsLine(rows, judged)}。
      </p>
      {groupByKind(rows, (r) => r.filingUnit).map((section) => {
        // The county government's own report may fall due later than the county's deadline (条例 Art. 49).
        const own = section.items[0]?.deadline;
        const ownDeadline =
          own && own !== deadline && section.items.every((r) => r.deadline === own) ? own : null;
        return (
          <section key={section.group} aria-labelledby={`group-${section.group}`} className="mb-8">
            <h2 id={`group-${section.group}`} className="text-lg font-semibold">
              {section.heading}
            </h2>
            <p className="mb-2 text-slate-700">
              {section.items.length} 个单位：{countsLine(section.items, judged)}。
              {ownDeadline
                ? `公开截止日期：${chineseDateLabel(ownDeadline)}（《政府信息公开条例》第四十九条）。`
                : null}
            </p>
            <div
              className="overflow-x-auto"
              role="region"
              aria-label={`${county.name}${year}年度${section.heading}公开情况`}
              tabIndex={0}
            >
              <table className="w-full border-collapse bg-white text-left">
                <caption className="sr-only">
                  {county.name}
                  {year}年度{section.heading}公开情况
                  {judged ? `（截止日期${ownDeadline ?? deadline}）` : "（未纳入按时统计）"}
                </caption>
                <ColumnHeadings labels={["填报单位", "公开情况", "首次公开日期", "更正", "报告"]} />
                <tbody>
                  {section.items.map((row) => (
                    <UnitRow
                      key={row.filingUnit.code}
                      row={row}
                      county={county.code}
                      year={year}
                      today={today}
                    />
                  ))}
                </tbody>
              </table>
            </div>
          </section>
        );
      })}
    </>
  );
}

function UnitRow({
  row,
  county,
  year,
  today,
}: {
  row: CountyYearRow;
  county: string;
  year: number;
  today: string;
}) {
  const late = daysLate(row.status, row.firstPublishedAt, row.deadline, today);
  return (
    <tr className="border-b border-slate-200" data-filing-unit={row.filingUnit.code}>
      {/* Names and dates never wrap: on a phone the table scrolls in its frame instead. */}
      <th scope="row" className="whitespace-nowrap p-2 font-normal">
        {row.filingUnit.name}
        <RetiredMark retired={row.filingUnit.retired} />
      </th>
      <td className="whitespace-nowrap p-2">
        <TimelinessTag status={row.status} />
        {late > 0 ? <span className="ml-2 text-sm text-slate-700">逾期{late}天</span> : null}
      </td>
      <td className="whitespace-nowrap p-2">
        {row.firstPublishedAt ?? (row.published ? UNKNOWN_DATE_LABEL : "—")}
      </td>
      <td className="whitespace-nowrap p-2">
        {row.latestRevision > 1
          ? `已更正${row.latestRevision - 1}次（${row.latestPublishedAt ?? UNKNOWN_DATE_LABEL}）`
          : "—"}
      </td>
      <td className="p-2">
        {!row.published ? (
          "—"
        ) : (
          <Link
            prefetch={false}
            href={reportPath({ county, filingUnit: row.filingUnit.code, year })}
            className="text-gov-600 underline"
          >
            阅读{row.filingUnit.name}
            {year}年度报告
          </Link>
        )}
      </td>
    </tr>
  );
}
