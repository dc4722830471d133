import { AppError } from "@/lib/actions/app-error";
import type { Db, Prisma, Tx } from "@/lib/db/client";
import { recordReportEvent, type ActorSnapshot } from "./record-report-event";
import type { ReportEventPayloads } from "./report-event";
import { stateBeforeSubmit } from "./state-before-submit";
import { reportStatusSchema, type ReportStatus } from "./status";
import { transitionRefusal, versionConflict } from "./transition-refusal";
import { ruleOf, type TransitionId } from "./transitions";

export interface TransitionSpec<T extends TransitionId> {
  reportId: string;
  actorId: string;
  /** The actor's name and role as this request read them; read in the transaction when absent. */
  actor?: ActorSnapshot;
  /** The step, as the transition table names it; also the audit event's action. */
  transition: T;
  /** The version the caller read; omitted for actions that do not depend on content. */
  expectedVersion?: number;
  changes?: Omit<Prisma.ReportUpdateManyMutationInput, "status" | "version">;
  payload: ReportEventPayloads[T];
  now?: Date;
}

/** A report row without its content: no step reads the document to decide, and it is the bulk of the row. */
const WITHOUT_CONTENT = { data: true } as const;

type ReportRow = Awaited<ReturnType<typeof readRow>>;

function readRow(tx: Tx, id: string) {
  return tx.report.findUnique({ where: { id }, omit: WITHOUT_CONTENT });
}

function stateOf(row: NonNullable<ReportRow>) {
  return { status: reportStatusSchema.parse(row.status), reviewOpenedAt: row.reviewOpenedAt };
}

async function targetOf(
  tx: Tx,
  id: TransitionId,
  row: NonNullable<ReportRow>,
  status: ReportStatus,
): Promise<ReportStatus> {
  const to = ruleOf(id).to;
  if (to === "same") return status;
  if (to === "submitted-from") return stateBeforeSubmit(tx, row);
  return to;
}

/** Why the write found no row to change: gone, the wrong state, or another version (read again to say which). */
async function refusalAfterNoWrite(tx: Tx, spec: TransitionSpec<TransitionId>, readVersion?: number) {
  const now = await readRow(tx, spec.reportId);
  if (!now) return new AppError("not-found", "报告不存在");
  return (
    transitionRefusal(spec.transition, stateOf(now)) ??
    versionConflict(now.version, spec.expectedVersion ?? readVersion ?? now.version)
  );
}

function reviewGuard(id: TransitionId) {
  // A step allowed only before review begins loses the race to a reviewer opening the report.
  return ruleOf(id).untilReviewOpened ? { reviewOpenedAt: null } : {};
}

/**
 * A step that keeps the state and names the version it read (a save): the
 * conditional write is the whole check — the version, a state the table
 * allows, the review guard — so nothing is read first. When it changes
 * nothing, the row is read to say why, as the general path would have.
 */
async function keepStateInTx<T extends TransitionId>(tx: Tx, spec: TransitionSpec<T>, version: number) {
  const rule = ruleOf(spec.transition);
  const [updated] = await tx.report.updateManyAndReturn({
    where: {
      id: spec.reportId,
      version,
      status: { in: [...rule.from] },
      ...reviewGuard(spec.transition),
    },
    data: { ...spec.changes, version: { increment: 1 } },
    omit: WITHOUT_CONTENT,
  });
  if (!updated) throw await refusalAfterNoWrite(tx, spec);
  const status = reportStatusSchema.parse(updated.status);
  await recordReportEvent(tx, {
    reportId: updated.id,
    actorId: spec.actorId,
    actor: spec.actor,
    action: spec.transition,
    fromStatus: status,
    toStatus: status,
    payload: spec.payload,
    createdAt: spec.now,
  });
  return updated;
}

/**
 * One step of the state machine inside a caller's transaction: checks the
 * current state against the transition table (and the version), writes the
 * change and its audit event. The update is conditional on what was read, so
 * two racing callers produce one change and one clear refusal.
 */
export async function transitionInTx<T extends TransitionId>(tx: Tx, spec: TransitionSpec<T>) {
  if (ruleOf(spec.transition).to === "same" && spec.expectedVersion !== undefined)
    return keepStateInTx(tx, spec, spec.expectedVersion);
  const current = await readRow(tx, spec.reportId);
  if (!current) throw new AppError("not-found", "报告不存在");
  const state = stateOf(current);
  const refusal = transitionRefusal(spec.transition, state);
  if (refusal) throw refusal;
  if (spec.expectedVersion !== undefined && spec.expectedVersion !== current.version)
    throw versionConflict(current.version, spec.expectedVersion);

  const toStatus = await targetOf(tx, spec.transition, current, state.status);
  // One statement both writes and returns the row (UPDATE … RETURNING): no second read.
  const [updated] = await tx.report.updateManyAndReturn({
    where: {
      id: current.id,
      status: current.status,
      version: current.version,
      ...reviewGuard(spec.transition),
    },
    data: { ...spec.changes, status: toStatus, version: { increment: 1 } },
    omit: WITHOUT_CONTENT,
  });
  if (!updated) throw await refusalAfterNoWrite(tx, spec, current.version);
  await recordReportEvent(tx, {
    reportId: current.id,
    actorId: spec.actorId,
    actor: spec.actor,
    action: spec.transition,
    fromStatus: state.status,
    toStatus,
    payload: spec.payload,
    createdAt: spec.now,
  });
  return updated;
}

/** A transition in its own transaction. */
export async function applyTransition<T extends TransitionId>(db: Db, spec: TransitionSpec<T>) {
  return db.$transaction((tx) => transitionInTx(tx, spec));
}
