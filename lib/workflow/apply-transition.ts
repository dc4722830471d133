import type { Db, Prisma, Tx } from "@/lib/db/client";
import { recordReportEvent } from "./record-report-event";
import type { ReportAction, ReportEventPayloads } from "./report-event";
import { reportStatusSchema, type ReportStatus } from "./status";
import { versionConflict, WorkflowError, wrongState } from "./workflow-error";

export interface TransitionSpec<A extends ReportAction> {
  reportId: string;
  actorId: string;
  action: A;
  /** Chinese verb phrase for refusals, e.g. "提交审核". */
  verb: string;
  from: readonly ReportStatus[];
  /** The new state, or "same" for edits that keep the state (save). */
  to: ReportStatus | "same";
  /** The version the caller read; omitted for actions that do not depend on content. */
  expectedVersion?: number;
  changes?: Omit<Prisma.ReportUpdateManyMutationInput, "status" | "version">;
  payload: ReportEventPayloads[A];
  now?: Date;
}

/**
 * One step of the state machine inside a caller's transaction: checks the
 * current state (and version), writes the change and its audit event. The
 * update is conditional on the state and version read, so two racing callers
 * produce one change and one clear refusal.
 */
export async function transitionInTx<A extends ReportAction>(tx: Tx, spec: TransitionSpec<A>) {
  const current = await tx.report.findUnique({ where: { id: spec.reportId } });
  if (!current) throw new WorkflowError("not_found", "报告不存在");
  const status = reportStatusSchema.parse(current.status);
  if (!spec.from.includes(status)) throw wrongState(status, spec.verb);
  if (spec.expectedVersion !== undefined && spec.expectedVersion !== current.version)
    throw versionConflict(current.version, spec.expectedVersion);

  const toStatus = spec.to === "same" ? status : spec.to;
  const updated = await tx.report.updateMany({
    where: { id: current.id, status: current.status, version: current.version },
    data: { ...spec.changes, status: toStatus, version: { increment: 1 } },
  });
  if (updated.count === 0) {
    const now = await tx.report.findUniqueOrThrow({ where: { id: current.id } });
    const nowStatus = reportStatusSchema.parse(now.status);
    if (nowStatus !== status) throw wrongState(nowStatus, spec.verb);
    throw versionConflict(now.version, spec.expectedVersion ?? current.version);
  }
  await recordReportEvent(tx, {
    reportId: current.id,
    actorId: spec.actorId,
    action: spec.action,
    fromStatus: status,
    toStatus,
    payload: spec.payload,
    createdAt: spec.now,
  });
  return tx.report.findUniqueOrThrow({ where: { id: current.id } });
}

/** A transition in its own transaction. */
export async function applyTransition<A extends ReportAction>(db: Db, spec: TransitionSpec<A>) {
  return db.$transaction((tx) => transitionInTx(tx, spec));
}
