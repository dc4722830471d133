import type { CheckContext } from "@/lib/checks/types";
import { isGovData } from "@/lib/format/report-data";
import type { FormatId } from "@/lib/format/types";

export interface LastYearNarratives {
  year: number;
  formatId: FormatId;
  /** s1/s5/s6 of a gov report; a stat-2014 report has only its 报告正文 as s1. */
  narratives: { s1: string; s5?: string; s6?: string };
}

/**
 * Last year's narratives (from the accepted report the checks already load),
 * shown beside the text boxes for reference — never copied in: copying is
 * what S-06 warns about.
 */
export function lastYearNarratives(lastYear: CheckContext["lastYear"]): LastYearNarratives | null {
  if (!lastYear) return null;
  const data = lastYear.data;
  // Stored data is validated on write; this only keeps a malformed row from breaking the editor.
  if (!data || typeof data !== "object" || !("narratives" in data) || !("tables" in data)) return null;
  const narratives = isGovData(data) ? { ...data.narratives } : { s1: data.narratives.s1 };
  return { year: lastYear.year, formatId: lastYear.formatId, narratives };
}
