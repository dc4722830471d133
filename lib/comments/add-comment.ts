import { AppError } from "@/lib/actions/app-error";
import type { Db } from "@/lib/db/client";
import { getFormat, isFormatId } from "@/lib/format";
import { recordReportEvent } from "@/lib/workflow/record-report-event";
import { reportStatusSchema } from "@/lib/workflow/status";
import type { AddCommentInput } from "./comment-schemas";
import { isCommentTarget } from "./comment-targets";

/**
 * Adds a comment (or a reply to a thread) and records it in the audit trail
 * in one transaction. A reply inherits its thread's anchor and reopens it.
 */
export async function addComment(db: Db, input: AddCommentInput & { authorId: string; now: Date }) {
  return db.$transaction(async (tx) => {
    const report = await tx.report.findUnique({ where: { id: input.reportId } });
    if (!report) throw new AppError("not-found", "报告不存在");
    let target = input.target;
    if (input.parentId) {
      const parent = await tx.reviewComment.findUnique({ where: { id: input.parentId } });
      if (!parent || parent.reportId !== report.id || parent.parentId)
        throw new AppError("invalid", "要回复的批注不存在");
      target = parent.target;
      if (parent.status === "resolved")
        await tx.reviewComment.update({
          where: { id: parent.id },
          data: { status: "open", resolvedAt: null, resolvedById: null },
        });
    } else if (target) {
      const known = isFormatId(report.formatId) && isCommentTarget(getFormat(report.formatId), target);
      if (!known) throw new AppError("invalid", "批注位置不在本报告中");
    }
    const comment = await tx.reviewComment.create({
      data: {
        reportId: report.id,
        authorId: input.authorId,
        target,
        parentId: input.parentId,
        body: input.body,
        createdAt: input.now,
      },
    });
    await recordReportEvent(tx, {
      reportId: report.id,
      actorId: input.authorId,
      action: "comment",
      fromStatus: reportStatusSchema.parse(report.status),
      toStatus: reportStatusSchema.parse(report.status),
      payload: { commentId: comment.id, target },
      createdAt: input.now,
    });
    return comment;
  });
}
