/**
 * The one way an audit event is written. It stores who acted as they were
 * named and what role they held at that moment, so the trail reads the same
 * after an account is renamed, changes role or is disabled.
 */
import type { Db, Prisma, Tx } from "@/lib/db/client";
import type { ReportAction, ReportEventPayloads } from "./report-event";
import type { ReportStatus } from "./status";

export interface ReportEventRecord<A extends ReportAction> {
  reportId: string;
  /** null: the system (demo data, a command-line import). */
  actorId: string | null;
  /**
   * The actor's name and role as the caller read them in this request (the
   * session's account row); without it they are read here.
   */
  actor?: ActorSnapshot;
  action: A;
  fromStatus?: ReportStatus | null;
  toStatus?: ReportStatus | null;
  payload: ReportEventPayloads[A];
  createdAt?: Date;
}

export interface ActorSnapshot {
  name: string;
  role: string;
}

export async function recordReportEvent<A extends ReportAction>(tx: Db | Tx, event: ReportEventRecord<A>) {
  const actor = !event.actorId
    ? null
    : (event.actor ??
      (await tx.user.findUnique({ where: { id: event.actorId }, select: { name: true, role: true } })));
  return tx.reportEvent.create({
    data: {
      reportId: event.reportId,
      actorId: event.actorId,
      actorName: actor?.name ?? null,
      actorRole: actor?.role ?? null,
      action: event.action,
      fromStatus: event.fromStatus ?? null,
      toStatus: event.toStatus ?? null,
      payload: event.payload as Prisma.InputJsonValue,
      ...(event.createdAt ? { createdAt: event.createdAt } : {}),
    },
    select: { id: true },
  });
}
