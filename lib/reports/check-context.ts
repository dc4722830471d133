import type { CheckContext } from "@/lib/checks/types";
import type { Db, Tx } from "@/lib/db/client";
import { isFormatId } from "@/lib/format";
import { organLevelOf } from "@/lib/places/filing-unit-kinds";
import { chinaDate } from "@/lib/publications/china-date";
import { ACCEPTED_REPORT_SELECT, ACCEPTED_REPORT_WHERE, acceptedContent } from "./accepted-content";

/**
 * Last year's report of the same filing unit as the county accepted it (its
 * latest publication, or the approved report): what the checks compare with
 * and what the carry-over is read from.
 */
export async function loadLastYear(
  db: Db | Tx,
  filingUnitId: string,
  year: number,
): Promise<CheckContext["lastYear"]> {
  const last = await db.report.findFirst({
    where: { filingUnitId, year: year - 1, ...ACCEPTED_REPORT_WHERE },
    select: ACCEPTED_REPORT_SELECT,
  });
  const accepted = last && acceptedContent(last);
  if (!accepted || !isFormatId(accepted.formatId)) return null;
  return { formatId: accepted.formatId, year: year - 1, data: accepted.data };
}

/** What the checks read of a report's filing unit: its kind (organ level) and its county's submission rule. */
export const CHECK_UNIT_SELECT = {
  kind: true,
  county: { select: { blockEarlySubmission: true } },
} as const;

interface CheckUnit {
  kind: string;
  county: { blockEarlySubmission: boolean };
}

/** The context of a report whose filing unit was read with CHECK_UNIT_SELECT. */
export async function checkContextOf(
  db: Db | Tx,
  report: { filingUnitId: string; year: number; filingUnit: CheckUnit | null },
  today: Date,
): Promise<CheckContext> {
  const { filingUnit } = report;
  return {
    year: report.year,
    organLevel: organLevelOf(filingUnit?.kind ?? "township"),
    lastYear: await loadLastYear(db, report.filingUnitId, report.year),
    // The office's calendar day: a year ends at midnight in Beijing.
    today: chinaDate(today),
    earlySubmission: filingUnit?.county.blockEarlySubmission ? "block" : "warn",
  };
}

export async function buildCheckContext(
  db: Db | Tx,
  report: { filingUnitId: string; year: number },
  today: Date,
): Promise<CheckContext> {
  const filingUnit = await db.filingUnit.findUnique({
    where: { id: report.filingUnitId },
    select: CHECK_UNIT_SELECT,
  });
  return checkContextOf(db, { ...report, filingUnit }, today);
}
