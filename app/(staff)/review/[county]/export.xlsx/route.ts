import { canReadCounty } from "@/lib/authz/policy";
import { db } from "@/lib/db/client";
import { authorizeCountyRoute } from "@/lib/review/authorize-county-route";
import { dashboardExportName } from "@/lib/review/dashboard-export-rows";
import { loadDashboardModel } from "@/lib/review/dashboard-model";
import { downloadResponse, searchParamsOf, XLSX_TYPE } from "@/lib/review/download-response";
import { writeDashboardXlsx } from "@/lib/review/write-dashboard-xlsx";

/** The dashboard table as an Excel workbook, with the same year, filters and sort as the page. */
export async function GET(request: Request, { params }: { params: Promise<{ county: string }> }) {
  const access = await authorizeCountyRoute((await params).county, canReadCounty);
  if (!access.ok) return access.response;
  const model = await loadDashboardModel(db, {
    county: access.county,
    searchParams: searchParamsOf(request.url),
    now: new Date(),
  });
  return downloadResponse(await writeDashboardXlsx(model), {
    name: `${dashboardExportName(model)}.xlsx`,
    ascii: `${access.county.code}-${model.year}-review.xlsx`,
    type: XLSX_TYPE,
  });
}
