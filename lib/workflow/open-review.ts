import type { Db } from "@/lib/db/client";
import { recordReportEvent } from "./record-report-event";
import { reportStatusSchema } from "./status";
import { TRANSITIONS } from "./transitions";

/**
 * Marks that a reviewer opened the current submission for review (the first
 * time only), with its audit event, in one transaction. From then on the
 * clerk can no longer withdraw it. It changes neither the content nor the
 * state, so the version stays: the update is conditional on the mark being
 * unset, which settles a race with a withdrawal or a second reviewer.
 * Returns whether this call set the mark.
 */
export async function openReview(db: Db, args: { reportId: string; actorId: string; now: Date }) {
  const from = TRANSITIONS.open_review.from;
  return db.$transaction(async (tx) => {
    const marked = await tx.report.updateMany({
      where: { id: args.reportId, status: { in: [...from] }, reviewOpenedAt: null },
      data: { reviewOpenedAt: args.now },
    });
    if (marked.count === 0) return false;
    const { status } = await tx.report.findUniqueOrThrow({
      where: { id: args.reportId },
      select: { status: true },
    });
    await recordReportEvent(tx, {
      reportId: args.reportId,
      actorId: args.actorId,
      action: "open_review",
      fromStatus: reportStatusSchema.parse(status),
      toStatus: reportStatusSchema.parse(status),
      payload: {},
      createdAt: args.now,
    });
    return true;
  });
}
