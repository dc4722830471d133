import type { Metadata } from "next";
import { ReportPage, reportPageMetadata } from "../../report-page";

type Params = Promise<{ county: string; second: string; third: string; revision: string }>;

// As the latest revision's page: cached, dropped on publication or correction.
export const revalidate = 3600;
export function generateStaticParams(): {
  county: string;
  second: string;
  third: string;
  revision: string;
}[] {
  return [];
}

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const { county, second, third, revision } = await params;
  return reportPageMetadata({ county, filingUnit: second, year: third, revision });
}

/**
 * An earlier revision, at its public URL /reports/<county>/<filing unit>/<year>?revision=N
 * (next.config.js rewrites it here, so that the page reads no query string and can be cached).
 */
export default async function ReportRevisionPage({ params }: { params: Params }) {
  const { county, second, third, revision } = await params;
  return <ReportPage county={county} filingUnit={second} year={third} revision={revision} />;
}
