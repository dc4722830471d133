import type { Db } from "@/lib/db/client";
import type { GovReportData } from "@/lib/format/report-data";
import { kindOf } from "@/lib/places/filing-unit-kinds";
import { loadSummarySources, summarise } from "@/lib/review/load-summary";

/**
 * What the county government's own report is offered beside its tables: the
 * county summary of every other unit's accepted report of the year. Only a
 * reference — the government's report covers its own applications, not the
 * sum of its units' — so it is shown, never copied in.
 */
export interface CountyReference {
  /** Accepted reports added up (other units of the county, the year's format). */
  reportCount: number;
  tables: GovReportData["tables"];
}

export async function loadCountyReference(
  db: Db,
  unit: { code: string; kind: string; countyId: string },
  year: number,
): Promise<CountyReference | null> {
  if (kindOf(unit.kind) !== "government") return null;
  const sources = await loadSummarySources(db, { countyId: unit.countyId, year });
  // The sources name their unit by code (unique in the county): the government's own report is left out.
  const summary = summarise(
    year,
    sources.filter((source) => source.filingUnitCode !== unit.code),
  );
  if (!summary.summable) return null;
  return { reportCount: summary.included.length, tables: summary.totals.tables };
}
