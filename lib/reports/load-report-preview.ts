import "server-only";
import type { Principal } from "@/lib/authz/roles";
import { canReadFilingUnit } from "@/lib/authz/policy";
import { db } from "@/lib/db/client";
import { getFormat, isFormatId } from "@/lib/format";
import type { ReportData } from "@/lib/format/report-data";
import { findFilingUnitByCodes } from "@/lib/places/find-places";
import { chinaDate } from "@/lib/publications/china-date";
import type { ReportDocument } from "@/lib/publications/report-document";
import { reportStatusSchema, type ReportStatus } from "@/lib/workflow/status";
import { previewMark } from "./preview-mark";

export interface ReportPreview {
  document: ReportDocument;
  status: ReportStatus;
  codes: { county: string; filingUnit: string; year: number };
}

/**
 * The working copy of a report in the official layout, for whoever may read
 * the filing unit's reports (its clerk, the county's reviewers): marked with its
 * state until published, and signed on the day it is printed, as the copy a
 * leader signs would be. "forbidden" and null (no such report) are distinct
 * so pages can answer 403 and 404.
 */
export async function loadReportPreview(
  principal: Principal,
  params: { county: string; filingUnit: string; year: string },
  now: Date,
): Promise<ReportPreview | "forbidden" | null> {
  if (!/^\d{4}$/.test(params.year)) return null;
  const filingUnit = await findFilingUnitByCodes(params.county, params.filingUnit);
  if (!filingUnit) return null;
  if (!canReadFilingUnit(principal, filingUnit)) return "forbidden";
  const year = Number(params.year);
  const report = await db.report.findUnique({
    where: { filingUnitId_year: { filingUnitId: filingUnit.id, year } },
  });
  if (!report || !isFormatId(report.formatId)) return null;
  const status = reportStatusSchema.parse(report.status);
  return {
    status,
    codes: { county: filingUnit.county.code, filingUnit: filingUnit.code, year },
    document: {
      organName: filingUnit.organName,
      year,
      formatId: getFormat(report.formatId).id,
      data: report.data as unknown as ReportData,
      signedOn: chinaDate(now),
      mark: previewMark(status),
    },
  };
}
