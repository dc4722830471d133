import type { FilingUnitKind } from "@/lib/places/filing-unit-kinds";
import { deadlineOf } from "./report-year";

/** The deadline of a county's report year: the opened year's own setting, else the county default. */
export function yearDeadline(
  county: { defaultDeadline: string },
  year: number,
  reportingYear: { deadline: string } | null | undefined,
): string {
  return reportingYear?.deadline ?? deadlineOf(year, county.defaultDeadline);
}

/** 条例 Art. 49: a county government publishes its own report for year Y by 31 March of Y+1. */
const GOVERNMENT_MONTH_DAY = "03-31";

/**
 * The deadline a filing unit's report of `year` is judged against, given the
 * county's deadline for that year (`yearDeadline`). Townships, streets and
 * departments have the county's; the county government's own report has the
 * statutory 31 March of the following year, unless the county set a later day.
 */
export function deadlineFor(kind: FilingUnitKind, countyDeadline: string, year: number): string {
  if (kind !== "government") return countyDeadline;
  const statutory = deadlineOf(year, GOVERNMENT_MONTH_DAY);
  return countyDeadline > statutory ? countyDeadline : statutory;
}
