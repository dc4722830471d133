"use server";
import { revalidatePath } from "next/cache";
import { formValues, type ActionState } from "@/lib/admin/action-state";
import { actionUser, ActionError } from "@/lib/authz/guards";
import { db } from "@/lib/db/client";
import { notifyReportEvent, type NotificationKind } from "@/lib/notifications/notify";
import { reportInScope } from "@/lib/reports/report-access";
import { approveReport } from "@/lib/workflow/approve-report";
import { publishReport } from "@/lib/workflow/publish-report";
import { returnReport } from "@/lib/workflow/return-report";
import { startCorrection } from "@/lib/workflow/start-correction";
import { WorkflowError } from "@/lib/workflow/workflow-error";

type Step = (args: { reportId: string; actorId: string; now: Date; reason: string }) => Promise<{ message: string; notify?: NotificationKind }>;

/** Every review action: a reviewer or admin of the report's county, one transition, then notices. */
async function review(form: FormData, step: Step): Promise<ActionState> {
  try {
    const user = await actionUser(["reviewer", "admin"]);
    const { reportId = "", reason = "" } = formValues(form);
    await reportInScope(db, user, reportId, "review");
    const { message, notify } = await step({ reportId, actorId: user.id, now: new Date(), reason });
    if (notify) await notifyReportEvent(db, { reportId, actorId: user.id, kind: notify });
    revalidatePath("/review", "layout");
    revalidatePath("/fill", "layout");
    revalidatePath("/reports", "layout");
    return { ok: true, message };
  } catch (error) {
    if (error instanceof ActionError || error instanceof WorkflowError) return { ok: false, message: error.message };
    throw error;
  }
}

export async function returnReportAction(_: ActionState, form: FormData) {
  return review(form, async (a) => {
    await returnReport(db, a);
    return { message: "已退回，填报人会看到退回原因", notify: "returned" };
  });
}

export async function approveReportAction(_: ActionState, form: FormData) {
  return review(form, async (a) => {
    const { publication } = await approveReport(db, a);
    return publication
      ? { message: `已审核通过并公开（第 ${publication.revision} 版）`, notify: "published" }
      : { message: "已审核通过，可以公开" };
  });
}

export async function publishReportAction(_: ActionState, form: FormData) {
  return review(form, async (a) => {
    const { publication } = await publishReport(db, a);
    return { message: `已公开（第 ${publication.revision} 版）`, notify: "published" };
  });
}

export async function startCorrectionAction(_: ActionState, form: FormData) {
  return review(form, async (a) => {
    await startCorrection(db, a);
    return { message: "已发起更正，填报人修改后重新提交；公众仍看到已公开的版本", notify: "correction_started" };
  });
}
