import type { Db, Prisma } from "@/lib/db/client";
import { formatForYear } from "@/lib/format";
import { computeTotals, emptyReportData } from "@/lib/format/report-data";
import { recordReportEvent } from "@/lib/workflow/record-report-event";
import { INITIAL_STATUS } from "@/lib/workflow/transitions";
import { loadLastYear } from "./check-context";
import { prefillFromLastYear } from "./prefill-from-last-year";

/**
 * The filing unit's report for `year`, created on first visit with the template
 * of that year and last year's carry-over. Creating twice at once yields one
 * report (the unique key decides) and one create event.
 */
export async function openReport(db: Db, args: { filingUnitId: string; year: number; actorId: string }) {
  const existing = await db.report.findUnique({
    where: { filingUnitId_year: { filingUnitId: args.filingUnitId, year: args.year } },
  });
  if (existing) return existing;

  const format = formatForYear(args.year);
  const lastYear = await loadLastYear(db, args.filingUnitId, args.year);
  const data = computeTotals(format, prefillFromLastYear(format, emptyReportData(format), lastYear));
  try {
    return await db.$transaction(async (tx) => {
      const report = await tx.report.create({
        data: {
          filingUnitId: args.filingUnitId,
          year: args.year,
          formatId: format.id,
          status: INITIAL_STATUS,
          data: data as unknown as Prisma.InputJsonValue,
        },
      });
      await recordReportEvent(tx, {
        reportId: report.id,
        actorId: args.actorId,
        action: "create",
        toStatus: INITIAL_STATUS,
        payload: { formatId: format.id },
      });
      return report;
    });
  } catch (error) {
    if (error && typeof error === "object" && "code" in error && error.code === "P2002") {
      return db.report.findUniqueOrThrow({
        where: { filingUnitId_year: { filingUnitId: args.filingUnitId, year: args.year } },
      });
    }
    throw error;
  }
}
