import { dashboardAsciiName, dashboardExportName } from "@/lib/review/dashboard-export-rows";
import { downloadResponse, XLSX_TYPE } from "@/lib/review/download-response";
import { loadDashboardExport } from "@/lib/review/load-dashboard-export";
import { writeDashboardXlsx } from "@/lib/review/write-dashboard-xlsx";

/** The dashboard table as an Excel workbook, with the same year, filters and sort as the page. */
export async function GET(request: Request, { params }: { params: Promise<{ county: string }> }) {
  const loaded = await loadDashboardExport(request, (await params).county);
  if (!loaded.ok) return loaded.response;
  const { model } = loaded;
  return downloadResponse(await writeDashboardXlsx(model), {
    name: `${dashboardExportName(model)}.xlsx`,
    ascii: dashboardAsciiName(model, "xlsx"),
    type: XLSX_TYPE,
  });
}
