import type { Db } from "@/lib/db/client";
import { compareFilingUnits, kindOf, type FilingUnitKind } from "@/lib/places/filing-unit-kinds";
import { reportStatusSchema, type ReportStatus } from "@/lib/workflow/status";
import { isBulkPublishable } from "@/lib/workflow/transitions";
import { MAX_BULK_REPORTS } from "./bulk-publish";

export interface BulkCandidate {
  reportId: string;
  filingUnitName: string;
  filingUnitCode: string;
  kind: FilingUnitKind;
  year: number;
  status: ReportStatus;
  /** In a state bulk approve-and-publish moves on (the transition table's BULK_PUBLISHABLE). */
  eligible: boolean;
}

/**
 * The selected reports of one county, for the confirmation list, in the
 * dashboard's order of units whatever their kind; ids of other counties are dropped.
 */
export async function loadBulkSelection(
  db: Db,
  args: { countyId: string; reportIds: readonly string[] },
): Promise<BulkCandidate[]> {
  const ids = [...new Set(args.reportIds)].slice(0, MAX_BULK_REPORTS);
  if (ids.length === 0) return [];
  const reports = await db.report.findMany({
    where: { id: { in: ids }, filingUnit: { countyId: args.countyId } },
    select: {
      id: true,
      year: true,
      status: true,
      filingUnit: { select: { name: true, code: true, kind: true } },
    },
  });
  reports.sort((a, b) => compareFilingUnits(a.filingUnit, b.filingUnit) || a.year - b.year);
  return reports.map((r) => {
    const status = reportStatusSchema.parse(r.status);
    return {
      reportId: r.id,
      filingUnitName: r.filingUnit.name,
      filingUnitCode: r.filingUnit.code,
      kind: kindOf(r.filingUnit.kind),
      year: r.year,
      status,
      eligible: isBulkPublishable(status),
    };
  });
}
