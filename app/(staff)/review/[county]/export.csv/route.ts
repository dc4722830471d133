import { canReadCounty } from "@/lib/authz/policy";
import { db } from "@/lib/db/client";
import { authorizeCountyRoute } from "@/lib/review/authorize-county-route";
import { dashboardExportName, dashboardExportRows, EXPORT_COLUMNS } from "@/lib/review/dashboard-export-rows";
import { loadDashboardModel } from "@/lib/review/dashboard-model";
import { CSV_TYPE, downloadResponse, searchParamsOf } from "@/lib/review/download-response";
import { writeCsv } from "@/lib/review/write-csv";

/** The dashboard table as CSV, with the same year, filters and sort as the page. */
export async function GET(request: Request, { params }: { params: Promise<{ county: string }> }) {
  const access = await authorizeCountyRoute((await params).county, canReadCounty);
  if (!access.ok) return access.response;
  const model = await loadDashboardModel(db, {
    county: access.county,
    searchParams: searchParamsOf(request.url),
    now: new Date(),
  });
  return downloadResponse(writeCsv(EXPORT_COLUMNS, dashboardExportRows(model)), {
    name: `${dashboardExportName(model)}.csv`,
    ascii: `${access.county.code}-${model.year}-review.csv`,
    type: CSV_TYPE,
  });
}
