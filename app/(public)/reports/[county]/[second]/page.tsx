import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { CountyYearPage } from "./county-year-page";
import { FilingUnitReportsPage } from "./filing-unit-reports-page";
import { parseYear } from "@/lib/urls/public-paths";

type Params = Promise<{ county: string; second: string }>;

// Cached as HTML on first visit, dropped when one of its reports is published
// or corrected; the hour also moves 尚未公开 to 逾期公开 once a deadline passes.
export const revalidate = 3600;
export function generateStaticParams(): { county: string; second: string }[] {
  return [];
}

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const { second } = await params;
  const year = parseYear(second);
  return { title: year === null ? "单位年度报告" : `${year}年度报告公开情况` };
}

/**
 * /reports/<county>/<year>: the county's year (every filing unit's status).
 * /reports/<county>/<filing unit>: a filing unit's published reports.
 * One dynamic segment serves both (a year is four digits; filing unit codes are
 * lower-case words), since Next.js cannot have two dynamic segments side by side.
 */
export default async function CountyYearOrFilingUnit({ params }: { params: Params }) {
  const { county, second } = await params;
  if (!county || !second) notFound();
  const year = parseYear(second);
  return year === null ? (
    <FilingUnitReportsPage county={county} filingUnit={second} />
  ) : (
    <CountyYearPage county={county} year={year} />
  );
}
