import type { FilingUnitKind } from "@/lib/places/filing-unit-kinds";
import { daysUntil } from "@/lib/reporting/report-year";
import { deadlineFor } from "@/lib/reporting/year-deadline";

/**
 * A filing unit's publication against its deadline for the year.
 * date_unknown: published, but the source of an imported report does not
 * say when. not_assessed: the county neither ran that year on this system
 * nor set its deadline here, so there is no deadline to judge against.
 */
export type Timeliness = "on_time" | "late" | "not_published" | "date_unknown" | "not_assessed";

export const TIMELINESS: readonly Timeliness[] = [
  "on_time",
  "late",
  "not_published",
  "date_unknown",
  "not_assessed",
];

export const TIMELINESS_LABELS: Record<Timeliness, string> = {
  on_time: "按时公开",
  late: "逾期公开",
  not_published: "尚未公开",
  date_unknown: "日期不详",
  not_assessed: "未纳入统计",
};

/** Why a county's year is judged against a deadline, or null when it is not. */
export type AssessmentBasis = "reporting_year" | "workflow" | null;

/**
 * A county's year is judged only when the county set that year's deadline
 * here (opened the reporting year) or ran it on this system (some filing unit's
 * report went through fill-in and review rather than import). A year known
 * only from imported history had no deadline in this system: judging it
 * against a default would call reports posted years ago "late".
 */
export function assessmentBasis(args: {
  hasReportingYear: boolean;
  reportSources: readonly ("workflow" | "import")[];
}): AssessmentBasis {
  if (args.hasReportingYear) return "reporting_year";
  return args.reportSources.includes("workflow") ? "workflow" : null;
}

/** How a report came to be: imported history when its first publication was an import, else this system's workflow. */
export function reportSource(report: { publications: readonly { source: string }[] }): "workflow" | "import" {
  return report.publications[0]?.source === "import" ? "import" : "workflow";
}

export interface FirstPublication {
  /** Whether the report has been published at all. */
  published: boolean;
  /** Beijing date of the first publication (YYYY-MM-DD); null when unknown or unpublished. */
  date: string | null;
}

/**
 * On time means first published on or before the deadline day (Beijing
 * dates); only known dates are judged. deadline null: the year is not judged.
 */
export function timelinessOf(first: FirstPublication, deadline: string | null): Timeliness {
  if (deadline === null) return "not_assessed";
  if (!first.published) return "not_published";
  if (first.date === null) return "date_unknown";
  return first.date <= deadline ? "on_time" : "late";
}

/**
 * A filing unit's report of `year` judged against its own deadline: the
 * county's for townships, streets and departments, 31 March for the county
 * government's own report (deadlineFor). countyDeadline null: not judged.
 */
export function unitTimeliness(
  unit: { kind: FilingUnitKind },
  year: number,
  first: FirstPublication,
  countyDeadline: string | null,
): { deadline: string | null; status: Timeliness } {
  const deadline = countyDeadline === null ? null : deadlineFor(unit.kind, countyDeadline, year);
  return { deadline, status: timelinessOf(first, deadline) };
}

/** Days past the deadline: of a late publication, or of today while unpublished; 0 otherwise. */
export function daysLate(
  status: Timeliness,
  firstPublishedAt: string | null,
  deadline: string | null,
  today: string,
): number {
  if (deadline === null) return 0;
  if (status === "late" && firstPublishedAt) return Math.max(0, -daysUntil(deadline, firstPublishedAt));
  if (status === "not_published") return Math.max(0, -daysUntil(deadline, today));
  return 0;
}
