import type { Db } from "@/lib/db/client";

/** The public codes of a report (county, township, year), which every URL of it is built from. */
export async function reportCodes(db: Db, reportId: string) {
  const report = await db.report.findUniqueOrThrow({
    where: { id: reportId },
    select: { year: true, township: { select: { code: true, county: { select: { code: true } } } } },
  });
  return { county: report.township.county.code, township: report.township.code, year: report.year };
}
