import { AppError } from "@/lib/actions/app-error";
import type { Db, Prisma, Tx } from "@/lib/db/client";
import { recordReportEvent } from "./record-report-event";
import type { ReportEventPayloads } from "./report-event";
import { stateBeforeSubmit } from "./state-before-submit";
import { reportStatusSchema, type ReportStatus } from "./status";
import { transitionRefusal, versionConflict } from "./transition-refusal";
import { ruleOf, type TransitionId } from "./transitions";

export interface TransitionSpec<T extends TransitionId> {
  reportId: string;
  actorId: string;
  /** The step, as the transition table names it; also the audit event's action. */
  transition: T;
  /** The version the caller read; omitted for actions that do not depend on content. */
  expectedVersion?: number;
  changes?: Omit<Prisma.ReportUpdateManyMutationInput, "status" | "version">;
  payload: ReportEventPayloads[T];
  now?: Date;
}

type ReportRow = NonNullable<Awaited<ReturnType<Tx["report"]["findUnique"]>>>;

function stateOf(row: ReportRow) {
  return { status: reportStatusSchema.parse(row.status), reviewOpenedAt: row.reviewOpenedAt };
}

async function targetOf(
  tx: Tx,
  id: TransitionId,
  row: ReportRow,
  status: ReportStatus,
): Promise<ReportStatus> {
  const to = ruleOf(id).to;
  if (to === "same") return status;
  if (to === "submitted-from") return stateBeforeSubmit(tx, row);
  return to;
}

/**
 * One step of the state machine inside a caller's transaction: checks the
 * current state against the transition table (and the version), writes the
 * change and its audit event. The update is conditional on what was read, so
 * two racing callers produce one change and one clear refusal.
 */
export async function transitionInTx<T extends TransitionId>(tx: Tx, spec: TransitionSpec<T>) {
  const current = await tx.report.findUnique({ where: { id: spec.reportId } });
  if (!current) throw new AppError("not-found", "报告不存在");
  const state = stateOf(current);
  const refusal = transitionRefusal(spec.transition, state);
  if (refusal) throw refusal;
  if (spec.expectedVersion !== undefined && spec.expectedVersion !== current.version)
    throw versionConflict(current.version, spec.expectedVersion);

  const toStatus = await targetOf(tx, spec.transition, current, state.status);
  const updated = await tx.report.updateMany({
    where: {
      id: current.id,
      status: current.status,
      version: current.version,
      // A step allowed only before review begins loses the race to a reviewer opening the report.
      ...(ruleOf(spec.transition).untilReviewOpened ? { reviewOpenedAt: null } : {}),
    },
    data: { ...spec.changes, status: toStatus, version: { increment: 1 } },
  });
  if (updated.count === 0) {
    const now = await tx.report.findUniqueOrThrow({ where: { id: current.id } });
    throw (
      transitionRefusal(spec.transition, stateOf(now)) ??
      versionConflict(now.version, spec.expectedVersion ?? current.version)
    );
  }
  await recordReportEvent(tx, {
    reportId: current.id,
    actorId: spec.actorId,
    action: spec.transition,
    fromStatus: state.status,
    toStatus,
    payload: spec.payload,
    createdAt: spec.now,
  });
  return tx.report.findUniqueOrThrow({ where: { id: current.id } });
}

/** A transition in its own transaction. */
export async function applyTransition<T extends TransitionId>(db: Db, spec: TransitionSpec<T>) {
  return db.$transaction((tx) => transitionInTx(tx, spec));
}
