import type { Metadata } from "next";
import type { ReportParams } from "./load-report";
import { ReportPage, reportPageMetadata } from "./report-page";

// Cached as HTML on first visit, dropped when the report is published or
// corrected (lib/publications/invalidate-public-report.ts); the hour bounds
// anything changed without notice.
export const revalidate = 3600;
export function generateStaticParams(): { county: string; second: string; third: string }[] {
  return [];
}

export async function generateMetadata({ params }: { params: ReportParams }): Promise<Metadata> {
  const { county, second, third } = await params;
  return reportPageMetadata({ county, filingUnit: second, year: third });
}

/** /reports/<county>/<filing unit>/<year>: the latest published revision. */
export default async function LatestReportPage({ params }: { params: ReportParams }) {
  const { county, second, third } = await params;
  return <ReportPage county={county} filingUnit={second} year={third} />;
}
