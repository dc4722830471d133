import { deadlineOf } from "./report-year";

/** The deadline of a county's report year: the opened year's own setting, else the county default. */
export function yearDeadline(
  county: { defaultDeadline: string },
  year: number,
  reportingYear: { deadline: string } | null | undefined,
): string {
  return reportingYear?.deadline ?? deadlineOf(year, county.defaultDeadline);
}
