/**
 * The report's state machine as data: every step a report can take, from
 * which states, to which state, under which Chinese verb, and who may take
 * it. The workflow functions, the save path, the action declarations, the
 * review and clerk buttons, the audit trail's labels, the dashboard and the
 * bulk selection all read this table; no other file lists states for a step.
 */
import type { ReportStatus } from "./status";

/**
 * Where a step leads: a state; "same" for a step that keeps the state (an
 * edit, a mark); "submitted-from" for undoing a submission: back to the state
 * the report was submitted from (draft, returned or correcting).
 */
type TransitionTarget = ReportStatus | "same" | "submitted-from";

export interface TransitionRule {
  /** Chinese verb: the button, the audit trail and the refusal ("不能…") all say it. */
  label: string;
  from: readonly ReportStatus[];
  to: TransitionTarget;
  /**
   * What the actor needs at the report's filing unit (lib/authz/place.ts):
   * "fill" is the unit's clerk, "review" a reviewer or admin of its county.
   */
  need: "fill" | "review";
  /** The reason the actor must give, by its label; it goes into the audit trail. */
  reason?: string;
  /** Allowed only until a reviewer has opened the submission for review (ADR 0025). */
  untilReviewOpened?: boolean;
}

/** The state a report is created in (the clerk's first visit, lib/reports/open-report.ts). */
export const INITIAL_STATUS = "draft" satisfies ReportStatus;

/** States in which the filing unit edits its report. */
const EDITING = ["draft", "returned", "correcting"] as const satisfies readonly ReportStatus[];

export const TRANSITIONS = {
  save: { label: "保存", from: EDITING, to: "same", need: "fill" },
  submit: { label: "提交审核", from: EDITING, to: "submitted", need: "fill" },
  withdraw: {
    label: "撤回",
    from: ["submitted"],
    to: "submitted-from",
    need: "fill",
    untilReviewOpened: true,
  },
  // A mark, not a move: a reviewer opened the submission, so the clerk can no longer withdraw it.
  open_review: { label: "开始审核", from: ["submitted"], to: "same", need: "review" },
  approve: { label: "审核通过", from: ["submitted"], to: "approved", need: "review" },
  return: { label: "退回", from: ["submitted"], to: "returned", need: "review", reason: "退回原因" },
  publish: { label: "公开", from: ["approved"], to: "published", need: "review" },
  start_correction: {
    label: "发起更正",
    from: ["published"],
    to: "correcting",
    need: "review",
    reason: "更正原因",
  },
} as const satisfies Record<string, TransitionRule>;

export type TransitionId = keyof typeof TRANSITIONS;
export const TRANSITION_IDS = Object.keys(TRANSITIONS) as TransitionId[];

export function ruleOf(id: TransitionId): TransitionRule {
  return TRANSITIONS[id];
}

export function allowsFrom(id: TransitionId, status: ReportStatus): boolean {
  return ruleOf(id).from.includes(status);
}

/** Whether the filing unit may edit (and so save) its report in this state. */
export function isEditable(status: ReportStatus): boolean {
  return allowsFrom("save", status);
}

/** A submission waiting for a reviewer's decision (opened or not yet). */
export function awaitsReview(status: ReportStatus | "not_started"): boolean {
  return status !== "not_started" && allowsFrom("open_review", status);
}

/**
 * States bulk approve-and-publish moves on: those the reviewer can publish
 * from, directly or after approving.
 */
export const BULK_PUBLISHABLE: readonly ReportStatus[] = [
  ...new Set([...TRANSITIONS.approve.from, ...TRANSITIONS.publish.from]),
];

export function isBulkPublishable(status: ReportStatus | "not_started"): boolean {
  return status !== "not_started" && BULK_PUBLISHABLE.includes(status);
}

/** The Chinese verb of each step, for the audit trail. */
export const TRANSITION_LABELS = Object.fromEntries(
  TRANSITION_IDS.map((id) => [id, TRANSITIONS[id].label]),
) as Record<TransitionId, string>;

/**
 * A report whose published revision is public: once published, and while a
 * correction is drafted (the public keeps the last revision until the next).
 */
export function hasPublicRevision(status: ReportStatus | "not_started"): boolean {
  return status === TRANSITIONS.publish.to || status === TRANSITIONS.start_correction.to;
}
