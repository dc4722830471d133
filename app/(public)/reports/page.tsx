import type { Metadata } from "next";
import { parseYear, UNIT_PARAM } from "@/lib/urls/public-paths";
import { ReportListingPage } from "./report-listing-page";

export const metadata: Metadata = { title: "公开报告" };

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

function text(value: string | string[] | undefined, max: number): string | undefined {
  const v = Array.isArray(value) ? value[0] : value;
  const trimmed = v?.trim().slice(0, max);
  return trimmed ? trimmed : undefined;
}

/**
 * /reports searched or filtered by county, filing unit, year and text, rendered
 * per request. The plain list (no filter) is served from the page cache
 * instead: proxy.ts sends it to app/(public)/reports-index.
 */
export default async function ReportsPage({ searchParams }: { searchParams: SearchParams }) {
  const params = await searchParams;
  const filters = {
    q: text(params.q, 100),
    county: text(params.county, 32),
    // `township` is the parameter's name before units of every kind were listed: old links keep working.
    filingUnit: text(params[UNIT_PARAM] ?? params.township, 32),
    year: parseYear(text(params.year, 4) ?? "") ?? undefined,
  };
  return <ReportListingPage filters={filters} page={Number(text(params.page, 4)) || 1} />;
}
