import { getPublishedReports } from "@/lib/publications/cached-public-data";
import { fileResponse } from "@/lib/publications/file-responses";
import { toReportListJson } from "@/lib/publications/report-list-open-data";

/** /reports.json: every published report (latest revision) with its page, data and download URLs. */
export async function GET() {
  const reports = await getPublishedReports();
  return fileResponse("json", JSON.stringify(toReportListJson(reports), null, 2), { pinned: false });
}
