import type { CheckContext } from "@/lib/checks/types";
import type { Db, Tx } from "@/lib/db/client";
import { isFormatId } from "@/lib/format";
import type { ReportData } from "@/lib/format/report-data";
import { chinaDate } from "@/lib/publications/china-date";

/** Statuses whose content the county has accepted: the basis of year-over-year checks. */
export const ACCEPTED_STATUSES = ["approved", "published", "correcting"] as const;

/** Last year's accepted report of the same township, as the checks see it. */
export async function loadLastYear(
  db: Db | Tx,
  townshipId: string,
  year: number,
): Promise<CheckContext["lastYear"]> {
  const last = await db.report.findFirst({
    where: { townshipId, year: year - 1, status: { in: [...ACCEPTED_STATUSES] } },
    select: { formatId: true, year: true, data: true },
  });
  if (!last || !isFormatId(last.formatId)) return null;
  return { formatId: last.formatId, year: last.year, data: last.data as unknown as ReportData };
}

export async function buildCheckContext(
  db: Db | Tx,
  report: { townshipId: string; year: number },
  today: Date,
): Promise<CheckContext> {
  const township = await db.township.findUnique({
    where: { id: report.townshipId },
    select: { county: { select: { blockEarlySubmission: true } } },
  });
  return {
    year: report.year,
    organLevel: "township",
    lastYear: await loadLastYear(db, report.townshipId, report.year),
    // The office's calendar day: a year ends at midnight in Beijing.
    today: chinaDate(today),
    earlySubmission: township?.county.blockEarlySubmission ? "block" : "warn",
  };
}
