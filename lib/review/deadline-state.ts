import { chinaDate, UNKNOWN_DATE_LABEL } from "@/lib/publications/china-date";
import { TIMELINESS_LABELS } from "@/lib/publications/timeliness";
import { daysUntil } from "@/lib/reporting/report-year";

/**
 * Where a filing unit stands against the county's deadline: days left or days
 * overdue while unpublished; on time or late once published, judged by the
 * first publication (corrections keep that date) in Beijing time. A report
 * published with no known date (an import whose source does not say) is
 * 日期不详: neither on time nor late.
 */
export type DeadlineState =
  | { kind: "remaining"; days: number }
  | { kind: "overdue"; days: number }
  | { kind: "on_time"; publishedOn: string }
  | { kind: "late"; publishedOn: string; days: number }
  | { kind: "date_unknown" }
  /** A year known only from imported history: there was no deadline here to judge against. */
  | { kind: "not_assessed" };

export type DeadlineKind = DeadlineState["kind"];

export function deadlineState(args: {
  deadline: string;
  today: string;
  /** Whether the report has been published (publishedRevision > 0), whatever its date. */
  published: boolean;
  publishedAt: Date | null;
}): DeadlineState {
  if (args.published && !args.publishedAt) return { kind: "date_unknown" };
  if (args.publishedAt) {
    const publishedOn = chinaDate(args.publishedAt);
    const late = -daysUntil(args.deadline, publishedOn);
    return late > 0 ? { kind: "late", publishedOn, days: late } : { kind: "on_time", publishedOn };
  }
  const days = daysUntil(args.deadline, args.today);
  return days >= 0 ? { kind: "remaining", days } : { kind: "overdue", days: -days };
}

export function deadlineStateLabel(state: DeadlineState): string {
  switch (state.kind) {
    case "remaining":
      return `剩余${state.days}天`;
    case "overdue":
      return `已逾期${state.days}天`;
    case "on_time":
      return "按时公开";
    case "late":
      return "逾期公开";
    case "date_unknown":
      return UNKNOWN_DATE_LABEL;
    case "not_assessed":
      return TIMELINESS_LABELS.not_assessed;
  }
}

/** Late in either sense: still unpublished after the deadline, or published after it. */
export function isLate(state: DeadlineState): boolean {
  return state.kind === "overdue" || state.kind === "late";
}

/**
 * Sort key, most urgent first: the longest overdue, then the fewest days
 * left, then late publications, then on-time ones.
 */
export function deadlineUrgency(state: DeadlineState): number {
  switch (state.kind) {
    case "overdue":
      return -1_000_000 - state.days;
    case "remaining":
      return state.days;
    case "late":
      return 1_000_000 - state.days;
    case "on_time":
    case "date_unknown":
      return 2_000_000;
    case "not_assessed":
      return 3_000_000;
  }
}
