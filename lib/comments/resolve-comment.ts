import { AppError } from "@/lib/actions/app-error";
import type { Db } from "@/lib/db/client";
import { roleSchema } from "@/lib/authz/roles";
import { recordReportEvent } from "@/lib/workflow/record-report-event";
import { reportStatusSchema } from "@/lib/workflow/status";
import { canResolveThread } from "./thread-views";

/**
 * Marks a thread resolved, once; the audit trail records who resolved it.
 * A reviewer's thread is settled by the county side only (canResolveThread).
 */
export async function resolveComment(db: Db, args: { commentId: string; actorId: string; now: Date }) {
  return db.$transaction(async (tx) => {
    const comment = await tx.reviewComment.findUnique({
      where: { id: args.commentId },
      include: { report: true, author: { select: { role: true } } },
    });
    if (!comment || comment.parentId) throw new AppError("not-found", "批注不存在");
    const actor = await tx.user.findUnique({ where: { id: args.actorId }, select: { role: true } });
    const actorRole = roleSchema.safeParse(actor?.role);
    if (!actorRole.success || !canResolveThread(actorRole.data, comment.author.role))
      throw new AppError("invalid", "审核人的批注由审核人标记为已解决；填报人请回复说明");
    const updated = await tx.reviewComment.updateMany({
      where: { id: comment.id, status: "open" },
      data: { status: "resolved", resolvedAt: args.now, resolvedById: args.actorId },
    });
    if (updated.count === 0) throw new AppError("conflict", "该批注已解决");
    const status = reportStatusSchema.parse(comment.report.status);
    await recordReportEvent(tx, {
      reportId: comment.reportId,
      actorId: args.actorId,
      action: "resolve_comment",
      fromStatus: status,
      toStatus: status,
      payload: { commentId: comment.id },
      createdAt: args.now,
    });
    return comment;
  });
}
