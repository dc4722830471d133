import type { Db } from "@/lib/db/client";
import { applyTransition } from "@/lib/workflow/apply-transition";

export interface WithdrawReportInput {
  reportId: string;
  actorId: string;
  /** The version the clerk's page read: a report that changed since is refused as a conflict. */
  version: number;
  now: Date;
}

/**
 * 撤回: the clerk takes a submission back before the county has opened it for
 * review. The report returns to the state it was submitted from and is
 * editable again; refused once a reviewer has opened it (ADR 0025).
 */
export async function withdrawReport(db: Db, input: WithdrawReportInput) {
  return applyTransition(db, {
    reportId: input.reportId,
    actorId: input.actorId,
    transition: "withdraw",
    expectedVersion: input.version,
    payload: {},
    now: input.now,
  });
}
