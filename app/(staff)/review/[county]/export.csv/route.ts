import {
  dashboardAsciiName,
  dashboardExportName,
  dashboardExportRows,
  EXPORT_COLUMNS,
} from "@/lib/review/dashboard-export-rows";
import { CSV_TYPE, downloadResponse } from "@/lib/review/download-response";
import { loadDashboardExport } from "@/lib/review/load-dashboard-export";
import { writeCsv } from "@/lib/review/write-csv";

/** The dashboard table as CSV, with the same year, filters and sort as the page. */
export async function GET(request: Request, { params }: { params: Promise<{ county: string }> }) {
  const loaded = await loadDashboardExport(request, (await params).county);
  if (!loaded.ok) return loaded.response;
  const { model } = loaded;
  return downloadResponse(writeCsv(EXPORT_COLUMNS, dashboardExportRows(model)), {
    name: `${dashboardExportName(model)}.csv`,
    ascii: dashboardAsciiName(model, "csv"),
    type: CSV_TYPE,
  });
}
