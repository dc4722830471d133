"use server";
import { revalidatePath } from "next/cache";
import { formValues, type ActionState } from "@/lib/admin/action-state";
import { actionUser, ActionError } from "@/lib/authz/guards";
import { addComment } from "@/lib/comments/add-comment";
import { addCommentSchema } from "@/lib/comments/comment-schemas";
import { resolveComment } from "@/lib/comments/resolve-comment";
import { db } from "@/lib/db/client";
import { notifyReportEvent } from "@/lib/notifications/notify";
import { reportInScope } from "@/lib/reports/report-access";
import { WorkflowError } from "@/lib/workflow/workflow-error";

async function run(work: () => Promise<string>): Promise<ActionState> {
  try {
    const message = await work();
    revalidatePath("/review", "layout");
    revalidatePath("/fill", "layout");
    return { ok: true, message };
  } catch (error) {
    if (error instanceof ActionError || error instanceof WorkflowError) return { ok: false, message: error.message };
    throw error;
  }
}

/** Reviewers of the county and the township's clerk may comment, reply and resolve. */
export async function addCommentAction(_: ActionState, form: FormData): Promise<ActionState> {
  return run(async () => {
    const user = await actionUser();
    const values = formValues(form);
    const parsed = addCommentSchema.safeParse({
      reportId: values.reportId,
      target: values.target || null,
      parentId: values.parentId || null,
      body: values.body ?? "",
    });
    if (!parsed.success) throw new ActionError(parsed.error.issues[0]?.message ?? "批注有误");
    await reportInScope(db, user, parsed.data.reportId, "read");
    await addComment(db, { ...parsed.data, authorId: user.id, now: new Date() });
    await notifyReportEvent(db, {
      reportId: parsed.data.reportId,
      actorId: user.id,
      kind: "comment",
      detail: user.role === "clerk" ? "clerk" : "reviewer",
    });
    return parsed.data.parentId ? "已回复" : "已添加批注";
  });
}

export async function resolveCommentAction(_: ActionState, form: FormData): Promise<ActionState> {
  return run(async () => {
    const user = await actionUser();
    const { commentId } = formValues(form);
    if (!commentId) throw new ActionError("批注不存在");
    const comment = await db.reviewComment.findUnique({ where: { id: commentId } });
    if (!comment) throw new ActionError("批注不存在");
    await reportInScope(db, user, comment.reportId, "read");
    await resolveComment(db, { commentId, actorId: user.id, now: new Date() });
    return "批注已标记为已解决";
  });
}
