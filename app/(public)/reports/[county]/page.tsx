import Link from "next/link";
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { PublicBreadcrumbs } from "@/components/report/public-breadcrumbs";
import { ReportsByKind } from "@/components/report/reports-by-kind";
import { PageHeading } from "@/components/ui/page-heading";
import { getPublishedReports } from "@/lib/publications/cached-public-data";
import { countyYearPath } from "@/lib/urls/public-paths";
import { findCountyWithFilingUnits } from "@/lib/publications/find-public-places";
import { currentReportYear } from "@/lib/reporting/report-year";

type Params = Promise<{ county: string }>;

// Cached as HTML on first visit, dropped whenever a report is published or corrected.
export const revalidate = 3600;
export function generateStaticParams(): { county: string }[] {
  return [];
}

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const county = await findCountyWithFilingUnits((await params).county);
  return { title: county ? `${county.name} · 年度报告` : "页面不存在" };
}

/**
 * /reports/<county>: the county's years, then its filing units with their
 * published reports by kind (本级政府年报 · 乡镇（街道）年报 · 部门年报).
 */
export default async function CountyPage({ params }: { params: Params }) {
  const { county: code } = await params;
  const county = await findCountyWithFilingUnits(code);
  if (!county) notFound();
  const reports = await getPublishedReports({ county: county.code });
  const current = currentReportYear(new Date());
  const years = [...new Set([current, current - 1, ...reports.map((r) => r.year)])].sort((a, b) => b - a);
  return (
    <>
      <PublicBreadcrumbs items={[{ href: "/reports", label: "公开报告" }]} />
      <PageHeading title={`${county.name} · 政府信息公开工作年度报告`} />
      <section aria-labelledby="years-heading" className="mb-8">
        <h2 id="years-heading" className="mb-2 text-lg font-semibold">
          各年度公开情况
        </h2>
        <ul className="flex flex-wrap gap-2">
          {years.map((year) => (
            <li key={year}>
              <Link
                prefetch={false}
                href={countyYearPath(county.code, year)}
                className="inline-block rounded border border-slate-300 bg-white px-3 py-1.5 text-gov-600 underline"
              >
                {year}年度
              </Link>
            </li>
          ))}
        </ul>
      </section>
      <ReportsByKind county={county.code} units={county.filingUnits} reports={reports} />
    </>
  );
}
