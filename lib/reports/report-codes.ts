import type { Db } from "@/lib/db/client";

/** The public codes of a report (county, filing unit, year), which every URL of it is built from. */
export async function reportCodes(db: Db, reportId: string) {
  const report = await db.report.findUniqueOrThrow({
    where: { id: reportId },
    select: { year: true, filingUnit: { select: { code: true, county: { select: { code: true } } } } },
  });
  return { county: report.filingUnit.county.code, filingUnit: report.filingUnit.code, year: report.year };
}
