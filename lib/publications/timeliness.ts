import { daysUntil } from "@/lib/reporting/report-year";

/** A township's publication against its county's deadline for the year. */
export type Timeliness = "on_time" | "late" | "not_published";

export const TIMELINESS_LABELS: Record<Timeliness, string> = {
  on_time: "按时公开",
  late: "逾期公开",
  not_published: "尚未公开",
};

/** On time means first published on or before the deadline day (Beijing dates, YYYY-MM-DD). */
export function timelinessOf(firstPublishedAt: string | null, deadline: string): Timeliness {
  if (!firstPublishedAt) return "not_published";
  return firstPublishedAt <= deadline ? "on_time" : "late";
}

/** Days past the deadline: of the publication, or of today while unpublished; 0 when not late. */
export function daysLate(firstPublishedAt: string | null, deadline: string, today: string): number {
  return Math.max(0, -daysUntil(deadline, firstPublishedAt ?? today));
}
