import type { Done } from "@/lib/actions/action-result";
import { AppError } from "@/lib/actions/app-error";
import { defineAction } from "@/lib/actions/define-action";
import { reportPlace } from "@/lib/actions/places";
import { notifyReportEvent } from "@/lib/notifications/notify";
import { addComment } from "./add-comment";
import { addCommentSchema, commentIdSchema } from "./comment-schemas";
import { resolveComment } from "./resolve-comment";

/** Reviewers of the county and the filing unit's clerk may comment, reply and resolve. */

export const addCommentAction = defineAction({
  name: "comments.add",
  input: addCommentSchema,
  need: "read",
  place: (input, db) => reportPlace(db, input.reportId),
  run: async ({ db, user, input, now }): Promise<Done> => {
    await addComment(db, { ...input, authorId: user.id, now });
    await notifyReportEvent(db, {
      reportId: input.reportId,
      actorId: user.id,
      kind: "comment",
      detail: user.role === "clerk" ? "clerk" : "reviewer",
    });
    return { message: input.parentId ? "已回复" : "已添加批注" };
  },
});

export const resolveCommentAction = defineAction({
  name: "comments.resolve",
  input: commentIdSchema,
  need: "read",
  place: async (input, db) => {
    const comment = await db.reviewComment.findUnique({
      where: { id: input.commentId },
      select: { reportId: true },
    });
    if (!comment) throw new AppError("not-found", "批注不存在");
    return reportPlace(db, comment.reportId);
  },
  run: async ({ db, user, input, now }): Promise<Done> => {
    await resolveComment(db, { commentId: input.commentId, actorId: user.id, now });
    return { message: "批注已标记为已解决" };
  },
});
