import { canReadCounty } from "@/lib/authz/policy";
import { db } from "@/lib/db/client";
import { authorizeCountyRoute } from "@/lib/review/authorize-county-route";
import { parseDashboardQuery } from "@/lib/review/dashboard-query";
import { downloadResponse, searchParamsOf, XLSX_TYPE } from "@/lib/review/download-response";
import { loadSummary } from "@/lib/review/load-summary";
import { writeSummaryXlsx } from "@/lib/review/write-summary-xlsx";
import { currentReportYear } from "@/lib/reporting/report-year";

/** The county summary of a year as an Excel workbook in the official table layout. */
export async function GET(request: Request, { params }: { params: Promise<{ county: string }> }) {
  const access = await authorizeCountyRoute((await params).county, canReadCounty);
  if (!access.ok) return access.response;
  const { year } = parseDashboardQuery(searchParamsOf(request.url), currentReportYear(new Date()));
  const summary = await loadSummary(db, { countyId: access.county.id, year });
  return downloadResponse(await writeSummaryXlsx(summary, access.county.name), {
    name: `${access.county.name}-${year}年度报告汇总.xlsx`,
    ascii: `${access.county.code}-${year}-summary.xlsx`,
    type: XLSX_TYPE,
  });
}
