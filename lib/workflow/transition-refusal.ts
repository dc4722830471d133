import { AppError } from "@/lib/actions/app-error";
import { STATUS_LABELS, type ReportStatus } from "./status";
import { ruleOf, type TransitionId } from "./transitions";

/** What the table's rules look at on a report row. */
export interface ReportState {
  status: ReportStatus;
  /** When a reviewer first opened the current submission; null until then (and in every other state). */
  reviewOpenedAt: Date | null;
}

function wrongState(current: ReportStatus, id: TransitionId): AppError {
  return new AppError("conflict", `报告当前状态为“${STATUS_LABELS[current]}”，不能${ruleOf(id).label}`, {
    detail: { status: current },
  });
}

function reviewAlreadyOpened(id: TransitionId): AppError {
  return new AppError("conflict", `审核人已开始审核，不能再${ruleOf(id).label}；如需修改，请联系审核人退回`, {
    detail: { reviewOpened: true },
  });
}

export function versionConflict(current: number, expected: number): AppError {
  return new AppError(
    "conflict",
    `报告已在其他地方保存（当前版本 ${current}，您编辑的是版本 ${expected}），请比较差异后再保存`,
    { detail: { currentVersion: current, expectedVersion: expected } },
  );
}

/**
 * Why step `id` cannot be taken on a report in this state, or null when the
 * table allows it (the version is the caller's to check). The workflow
 * functions throw it; the pages ask it to decide which buttons to show.
 */
export function transitionRefusal(id: TransitionId, report: ReportState): AppError | null {
  const rule = ruleOf(id);
  if (!rule.from.includes(report.status)) return wrongState(report.status, id);
  if (rule.untilReviewOpened && report.reviewOpenedAt) return reviewAlreadyOpened(id);
  return null;
}

/** A refusal because someone else wrote the report first (not because of its state): the editor merges. */
export function isVersionConflict(error: unknown): error is AppError {
  return (
    error instanceof AppError &&
    error.code === "conflict" &&
    typeof (error.detail as { currentVersion?: unknown } | undefined)?.currentVersion === "number"
  );
}
