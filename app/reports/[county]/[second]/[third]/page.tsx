import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { codesOf } from "@/lib/publications/report-open-data";
import { reportPath } from "@/lib/publications/public-paths";
import { reportTitle } from "@/lib/publications/report-title";
import { loadReport, type ReportParams, type ReportSearchParams } from "./load-report";
import { ReportPageBody } from "./report-page-body";

export async function generateMetadata({
  params,
  searchParams,
}: {
  params: ReportParams;
  searchParams: ReportSearchParams;
}): Promise<Metadata> {
  const { county, second, third } = await params;
  const report = await loadReport(county, second, third, (await searchParams).revision);
  if (!report) return { title: "页面不存在" };
  return {
    title: reportTitle(report.township.organName, report.year),
    alternates: { canonical: reportPath(codesOf(report)) },
  };
}

/**
 * /reports/<county>/<township>/<year>[?revision=N]: one published report, as
 * the State Council format lays it out. Server components only: no client
 * JavaScript beyond Next.js's own.
 */
export default async function PublicReportPage({ params, searchParams }: { params: ReportParams; searchParams: ReportSearchParams }) {
  const { county, second, third } = await params;
  const report = await loadReport(county, second, third, (await searchParams).revision);
  if (!report) notFound();
  return <ReportPageBody report={report} />;
}
