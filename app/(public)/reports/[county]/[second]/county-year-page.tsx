import { notFound } from "next/navigation";
import { CountyYearTable } from "@/components/report/county-year-table";
import { PublicBreadcrumbs } from "@/components/report/public-breadcrumbs";
import { PageHeading } from "@/components/ui/page-heading";
import { KIND_GROUP, kindGroupOf } from "@/lib/places/filing-unit-kinds";
import { getCountyYear } from "@/lib/publications/cached-public-data";
import { chinaDate, chineseDateLabel } from "@/lib/publications/china-date";
import { countyPath, countyYearPath } from "@/lib/urls/public-paths";

/** /reports/<county>/<year>: every filing unit's publication against its deadline, by kind. */
export async function CountyYearPage({ county, year }: { county: string; year: number }) {
  const countyYear = await getCountyYear(county, year);
  if (!countyYear) notFound();
  const { deadline } = countyYear;
  // A unit judged against a deadline of its own: the county government (条例 Art. 49).
  const own = countyYear.rows.find((r) => r.deadline !== null && r.deadline !== deadline);
  return (
    <>
      <PublicBreadcrumbs
        items={[
          { href: "/reports", label: "公开报告" },
          { href: countyPath(countyYear.county.code), label: countyYear.county.name },
        ]}
      />
      <PageHeading title={`${countyYear.county.name} · ${year}年度报告公开情况`}>
        {deadline ? (
          <p className="mt-1 text-slate-700">
            公开截止日期：{chineseDateLabel(deadline)}
            {countyYear.deadlineSource === "reporting_year" ? "（本县为该年度设定）" : "（本县默认截止日期）"}
            {own?.deadline
              ? `；${KIND_GROUP[kindGroupOf(own.filingUnit.kind)].publicHeading}：${chineseDateLabel(own.deadline)}`
              : null}
            。
            按首次公开日期判断是否按时，更正不改变首次公开日期；历史导入的报告原文未写明公开日期的，记为日期不详，不作判断。
          </p>
        ) : (
          <p className="mt-1 text-slate-700" data-testid="not-assessed">
            本县未在本系统办理{year}年度报告，也未设定该年度的公开截止日期，各单位的公开情况未纳入按时统计。
            公开日期按原文记载，原文未写明的记为日期不详。
          </p>
        )}
      </PageHeading>
      <CountyYearTable countyYear={countyYear} today={chinaDate(new Date())} />
      <p className="no-print mt-4 flex gap-3 text-sm">
        <a href={countyYearPath(countyYear.county.code, year, "json")} className="text-gov-600 underline">
          数据（JSON）
        </a>
        <a href={countyYearPath(countyYear.county.code, year, "csv")} className="text-gov-600 underline">
          数据（CSV）
        </a>
      </p>
    </>
  );
}
