"use server";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import type { FormState } from "@/lib/actions/action-result";
import type { ActionSpec } from "@/lib/actions/define-action";
import { performAction } from "@/lib/actions/perform-action";
import { db } from "@/lib/db/client";
import { invalidatePublicReport } from "@/lib/publications/invalidate-public-report";
import { reportCodes } from "@/lib/reports/report-codes";
import { reviewPaths } from "@/lib/urls/review-paths";
import * as review from "@/lib/workflow/review-actions";

/**
 * On success back to the review page, which announces the outcome (the form
 * that was used may no longer be shown); a refusal stays on the form.
 */
async function reviewStep(
  spec: ActionSpec<typeof review.reviewStepSchema, review.ReviewDone>,
  form: FormData,
) {
  const result = await performAction(spec, form, async ({ reportId, outcome }) => {
    // A new publication (or revision) must replace the cached public pages at once.
    if (outcome === "published") await invalidatePublicReport(reportId);
    revalidatePath("/review", "layout");
    revalidatePath("/fill", "layout");
    revalidatePath("/reports", "layout");
  });
  if (!result.ok) return result satisfies FormState;
  const { county, filingUnit, year } = await reportCodes(db, result.data.reportId);
  const revision = result.data.revision ? `&revision=${result.data.revision}` : "";
  redirect(`${reviewPaths.report(county, filingUnit, year)}?done=${result.data.outcome}${revision}`);
}

export async function returnReportAction(_: FormState, form: FormData) {
  return reviewStep(review.returnReportAction, form);
}

export async function approveReportAction(_: FormState, form: FormData) {
  return reviewStep(review.approveReportAction, form);
}

export async function publishReportAction(_: FormState, form: FormData) {
  return reviewStep(review.publishReportAction, form);
}

export async function startCorrectionAction(_: FormState, form: FormData) {
  return reviewStep(review.startCorrectionAction, form);
}
