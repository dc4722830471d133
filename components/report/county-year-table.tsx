import Link from "next/link";
import type { CountyYear } from "@/lib/publications/load-county-year";
import { reportPath } from "@/lib/publications/public-paths";
import { UNKNOWN_DATE_LABEL } from "@/lib/publications/china-date";
import { daysLate, TIMELINESS, TIMELINESS_LABELS } from "@/lib/publications/timeliness";
import { TimelinessTag } from "./timeliness-tag";
import { ColumnHeadings } from "@/components/ui/column-headings";

/**
 * Every filing unit of a county for one year: published on time, late, or not
 * yet, against the deadline; 日期不详 for a report whose date is unknown;
 * 未纳入统计 in a year that is not judged.
 */
export function CountyYearTable({ countyYear, today }: { countyYear: CountyYear; today: string }) {
  const { county, year, deadline, rows } = countyYear;
  const counts = TIMELINESS.map((status) => ({ status, n: rows.filter((r) => r.status === status).length }))
    .filter(
      ({ status, n }) =>
        n > 0 || (deadline !== null && status !== "date_unknown" && status !== "not_assessed"),
    )
    .map(({ status, n }) => `${TIMELINESS_LABELS[status]} ${n}`);
  return (
    <>
      <p className="mb-3 text-slate-700">
        共 {rows.length} 个单位：{counts.join("，")}。
      </p>
      <div
        className="overflow-x-auto"
        role="region"
        aria-label={`${county.name}${year}年度报告公开情况`}
        tabIndex={0}
      >
        <table className="w-full border-collapse bg-white text-left">
          <caption className="sr-only">
            {county.name}各单位{year}年度政府信息公开工作年度报告公开情况
            {deadline ? `（截止日期${deadline}）` : "（未纳入按时统计）"}
          </caption>
          <ColumnHeadings labels={["填报单位", "公开情况", "首次公开日期", "更正", "报告"]} />
          <tbody>
            {rows.map((row) => {
              const late = daysLate(row.status, row.firstPublishedAt, deadline, today);
              return (
                <tr
                  key={row.filingUnit.code}
                  className="border-b border-slate-200"
                  data-filing-unit={row.filingUnit.code}
                >
                  {/* Names and dates never wrap: on a phone the table scrolls in its frame instead. */}
                  <th scope="row" className="whitespace-nowrap p-2 font-normal">
                    {row.filingUnit.name}
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
                        href={reportPath({ county: county.code, filingUnit: row.filingUnit.code, year })}
                        className="text-gov-600 underline"
                      >
                        阅读{row.filingUnit.name}
                        {year}年度报告
                      </Link>
                    )}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </>
  );
}
