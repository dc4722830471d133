import { STATUS_LABELS, type ReportStatus } from "./status";

export type WorkflowErrorCode = "not_found" | "forbidden" | "conflict" | "wrong_state" | "invalid";

/** A refusal the user can act on; `message` is shown as is. */
export class WorkflowError extends Error {
  constructor(
    readonly code: WorkflowErrorCode,
    message: string,
    readonly detail?: unknown,
  ) {
    super(message);
  }
}

export function wrongState(current: ReportStatus, action: string): WorkflowError {
  return new WorkflowError("wrong_state", `报告当前状态为“${STATUS_LABELS[current]}”，不能${action}`);
}

export function versionConflict(current: number, expected: number): WorkflowError {
  return new WorkflowError(
    "conflict",
    `报告已在其他地方保存（当前版本 ${current}，您编辑的是版本 ${expected}），请比较差异后再保存`,
    { currentVersion: current, expectedVersion: expected },
  );
}
