"use server";
import { revalidatePath } from "next/cache";
import { actionUser, ActionError } from "@/lib/authz/guards";
import { canReviewCounty } from "@/lib/authz/policy";
import { db } from "@/lib/db/client";
import { findCountyByCode } from "@/lib/places/find-places";
import { invalidateAllPublicData } from "@/lib/publications/invalidate-public-report";
import { bulkApproveAndPublish } from "@/lib/review/bulk-publish";
import type { BulkState } from "@/lib/review/bulk-state";

/** Approves and publishes every confirmed report; one line of outcome per report. */
export async function bulkPublishAction(_: BulkState, form: FormData): Promise<BulkState> {
  try {
    const user = await actionUser(["reviewer", "admin"]);
    const county = await findCountyByCode(String(form.get("county") ?? ""));
    if (!county || !canReviewCounty(user, county.id)) throw new ActionError("无权审核该县区的报告");
    const reportIds = form.getAll("report").filter((v): v is string => typeof v === "string" && v !== "");
    if (reportIds.length === 0) return { done: false, error: "没有选择任何报告", outcomes: [] };
    const outcomes = await bulkApproveAndPublish(db, {
      countyId: county.id,
      reportIds,
      actorId: user.id,
      now: new Date(),
    });
    revalidatePath(`/review/${county.code}`, "layout");
    await invalidateAllPublicData();
    return { done: true, error: null, outcomes };
  } catch (error) {
    if (error instanceof ActionError) return { done: false, error: error.message, outcomes: [] };
    throw error;
  }
}
