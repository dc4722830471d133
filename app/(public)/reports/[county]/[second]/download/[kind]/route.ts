import type { NextRequest } from "next/server";
import { getCountyYear } from "@/lib/publications/cached-public-data";
import { toCountyYearCsv, toCountyYearJson } from "@/lib/publications/county-year-open-data";
import { attachment, fileResponse, notFoundResponse } from "@/lib/publications/file-responses";
import { parseYear } from "@/lib/urls/public-paths";

/** /reports/<county>/<year>.{json,csv} (rewritten here by next.config.js): every filing unit's status. */
export async function GET(
  _request: NextRequest,
  { params }: { params: Promise<{ county: string; second: string; kind: string }> },
) {
  const { county, second, kind } = await params;
  const year = parseYear(second);
  if ((kind !== "json" && kind !== "csv") || year === null) return notFoundResponse(kind);
  const countyYear = await getCountyYear(county, year);
  if (!countyYear) return notFoundResponse(kind);
  if (kind === "json") {
    return fileResponse("json", JSON.stringify(toCountyYearJson(countyYear), null, 2), { pinned: false });
  }
  const title = `${countyYear.county.name}${year}年度政府信息公开工作年度报告公开情况.csv`;
  return fileResponse("csv", toCountyYearCsv(countyYear), {
    pinned: false,
    disposition: attachment(`${countyYear.county.code}-${year}.csv`, title),
  });
}
