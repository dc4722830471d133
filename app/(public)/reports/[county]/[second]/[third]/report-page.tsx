import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { codesOf } from "@/lib/publications/report-open-data";
import { reportPath } from "@/lib/urls/public-paths";
import { reportTitle } from "@/lib/publications/report-title";
import { loadReport } from "./load-report";
import { ReportPageBody } from "./report-page-body";

export interface ReportPageProps {
  county: string;
  filingUnit: string;
  year: string;
  revision?: string;
}

/** Title and canonical URL (the latest revision's) of a published report. */
export async function reportPageMetadata({
  county,
  filingUnit,
  year,
  revision,
}: ReportPageProps): Promise<Metadata> {
  const report = await loadReport(county, filingUnit, year, revision);
  if (!report) return { title: "页面不存在" };
  return {
    title: reportTitle(report.filingUnit.organName, report.year),
    alternates: { canonical: reportPath(codesOf(report)) },
  };
}

/**
 * One published report, as the State Council format lays it out. Server
 * components only, and nothing read from the request: the HTML is cached for
 * every reader until the report is published or corrected again.
 */
export async function ReportPage({ county, filingUnit, year, revision }: ReportPageProps) {
  const report = await loadReport(county, filingUnit, year, revision);
  if (!report) notFound();
  return <ReportPageBody report={report} />;
}
