import { canReadCounty } from "@/lib/authz/policy";
import { db } from "@/lib/db/client";
import { env } from "@/lib/env/env";
import { authorizeCountyRoute } from "@/lib/review/authorize-county-route";
import { parseDashboardQuery } from "@/lib/review/dashboard-query";
import { downloadResponse, searchParamsOf, XLSX_TYPE } from "@/lib/review/download-response";
import { loadSummary } from "@/lib/review/load-summary";
import { summaryFileNames, writeSummaryXlsx } from "@/lib/review/write-summary-xlsx";
import { currentReportYear } from "@/lib/reporting/report-year";
import { reviewPaths } from "@/lib/urls/review-paths";

/** The county summary of a year (every unit, or one kind group) as an Excel workbook in the official table layout. */
export async function GET(request: Request, { params }: { params: Promise<{ county: string }> }) {
  const access = await authorizeCountyRoute((await params).county, canReadCounty);
  if (!access.ok) return access.response;
  const { year, group } = parseDashboardQuery(searchParamsOf(request.url), currentReportYear(new Date()));
  const summary = await loadSummary(db, { countyId: access.county.id, year, group });
  // Links from the sheet open outside the browser session, so they carry the site's address.
  const reportUrl = (filingUnit: string) =>
    new URL(reviewPaths.report(access.county.code, filingUnit, year), env().APP_URL).href;
  return downloadResponse(await writeSummaryXlsx(summary, access.county.name, reportUrl), {
    ...summaryFileNames(summary, access.county),
    type: XLSX_TYPE,
  });
}
