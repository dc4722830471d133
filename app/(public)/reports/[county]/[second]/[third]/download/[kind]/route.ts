import type { NextRequest } from "next/server";
import { getPublicReport } from "@/lib/publications/cached-public-data";
import { isFileKind, notFoundResponse } from "@/lib/publications/file-responses";
import { parseRevision, parseYear } from "@/lib/urls/public-paths";
import { reportFileResponse } from "@/lib/publications/report-file";

/**
 * /reports/<county>/<filing unit>/<year>.{json,csv,pdf,docx}[?revision=N]
 * (rewritten here by next.config.js). Public: only published revisions exist.
 */
export async function GET(
  request: NextRequest,
  { params }: { params: Promise<{ county: string; second: string; third: string; kind: string }> },
) {
  const { county, second: filingUnit, third, kind } = await params;
  const year = parseYear(third);
  const revision = parseRevision(request.nextUrl.searchParams.get("revision"));
  if (!isFileKind(kind) || year === null || revision === "invalid") return notFoundResponse(kind);
  const report = await getPublicReport({ county, filingUnit, year, revision });
  if (!report) return notFoundResponse(kind);
  return reportFileResponse(report, kind);
}
