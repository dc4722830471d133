import type { Db, Tx } from "@/lib/db/client";
import { isFormatId } from "@/lib/format";
import { isGovData, type ReportData } from "@/lib/format/report-data";
import type { FormatId } from "@/lib/format/types";
import { ACCEPTED_STATUSES } from "@/lib/reports/check-context";

export interface LastYearNarratives {
  year: number;
  formatId: FormatId;
  /** s1/s5/s6 of a gov report; a stat-2014 report has only its 报告正文 as s1. */
  narratives: { s1: string; s5?: string; s6?: string };
}

/**
 * Last year's narratives of the township's accepted (approved, published or
 * imported) report, to show beside the text boxes for reference; null when
 * there is none.
 */
export async function loadLastYearNarratives(
  db: Db | Tx,
  townshipId: string,
  year: number,
): Promise<LastYearNarratives | null> {
  const last = await db.report.findFirst({
    where: { townshipId, year: year - 1, status: { in: [...ACCEPTED_STATUSES] } },
    select: { formatId: true, year: true, data: true },
  });
  if (!last || !isFormatId(last.formatId)) return null;
  const data = last.data as unknown as ReportData;
  // Stored data is validated on write; this only keeps a malformed row from breaking the editor.
  if (!data || typeof data !== "object" || !("narratives" in data) || !("tables" in data)) return null;
  const narratives = isGovData(data) ? { ...data.narratives } : { s1: data.narratives.s1 };
  return { year: last.year, formatId: last.formatId, narratives };
}
