import type { CheckContext } from "@/lib/checks/types";
import type { Db, Tx } from "@/lib/db/client";
import { isFormatId } from "@/lib/format";
import { chinaDate } from "@/lib/publications/china-date";
import { ACCEPTED_REPORT_SELECT, ACCEPTED_REPORT_WHERE, acceptedContent } from "./accepted-content";

/**
 * Last year's report of the same township as the county accepted it (its
 * latest publication, or the approved report): what the checks compare with
 * and what the carry-over is read from.
 */
export async function loadLastYear(
  db: Db | Tx,
  townshipId: string,
  year: number,
): Promise<CheckContext["lastYear"]> {
  const last = await db.report.findFirst({
    where: { townshipId, year: year - 1, ...ACCEPTED_REPORT_WHERE },
    select: ACCEPTED_REPORT_SELECT,
  });
  const accepted = last && acceptedContent(last);
  if (!accepted || !isFormatId(accepted.formatId)) return null;
  return { formatId: accepted.formatId, year: year - 1, data: accepted.data };
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
