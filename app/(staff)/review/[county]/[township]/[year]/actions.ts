"use server";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { formValues, type ActionState } from "@/lib/admin/action-state";
import { actionUser, ActionError } from "@/lib/authz/guards";
import { db } from "@/lib/db/client";
import { notifyReportEvent, type NotificationKind } from "@/lib/notifications/notify";
import { invalidatePublicReport } from "@/lib/publications/invalidate-public-report";
import { reportInScope } from "@/lib/reports/report-access";
import { approveReport } from "@/lib/workflow/approve-report";
import { publishReport } from "@/lib/workflow/publish-report";
import { returnReport } from "@/lib/workflow/return-report";
import { startCorrection } from "@/lib/workflow/start-correction";
import { WorkflowError } from "@/lib/workflow/workflow-error";

/** Outcomes the review page announces after the redirect (see DONE_MESSAGES on the page). */
export type ReviewOutcome = "returned" | "approved" | "published" | "correction";

type Step = (args: { reportId: string; actorId: string; now: Date; reason: string }) => Promise<{
  outcome: ReviewOutcome;
  revision?: number;
  notify?: NotificationKind;
}>;

/**
 * Every review action: a reviewer or admin of the report's county, one
 * transition, then notices; on success back to the review page, which
 * announces the outcome (the form that was used may no longer be shown).
 */
async function review(form: FormData, step: Step): Promise<ActionState> {
  let done: string;
  try {
    const user = await actionUser(["reviewer", "admin"]);
    const { reportId = "", reason = "" } = formValues(form);
    const report = await reportInScope(db, user, reportId, "review");
    const { outcome, revision, notify } = await step({ reportId, actorId: user.id, now: new Date(), reason });
    if (notify) await notifyReportEvent(db, { reportId, actorId: user.id, kind: notify });
    // A new publication (or revision) must replace the cached public pages at once.
    if (outcome === "published") await invalidatePublicReport(reportId);
    revalidatePath("/review", "layout");
    revalidatePath("/fill", "layout");
    revalidatePath("/reports", "layout");
    const township = await db.township.findUniqueOrThrow({ where: { id: report.townshipId }, include: { county: true } });
    done = `/review/${township.county.code}/${township.code}/${report.year}?done=${outcome}${revision ? `&revision=${revision}` : ""}`;
  } catch (error) {
    if (error instanceof ActionError || error instanceof WorkflowError) return { ok: false, message: error.message };
    throw error;
  }
  redirect(done);
}

export async function returnReportAction(_: ActionState, form: FormData) {
  return review(form, async (a) => {
    await returnReport(db, a);
    return { outcome: "returned", notify: "returned" };
  });
}

export async function approveReportAction(_: ActionState, form: FormData) {
  return review(form, async (a) => {
    const { publication } = await approveReport(db, a);
    return publication
      ? { outcome: "published", revision: publication.revision, notify: "published" }
      : { outcome: "approved" };
  });
}

export async function publishReportAction(_: ActionState, form: FormData) {
  return review(form, async (a) => {
    const { publication } = await publishReport(db, a);
    return { outcome: "published", revision: publication.revision, notify: "published" };
  });
}

export async function startCorrectionAction(_: ActionState, form: FormData) {
  return review(form, async (a) => {
    await startCorrection(db, a);
    return { outcome: "correction", notify: "correction_started" };
  });
}
