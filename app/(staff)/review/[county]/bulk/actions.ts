"use server";
import { revalidatePath } from "next/cache";
import { performAction } from "@/lib/actions/perform-action";
import { invalidateAllPublicData } from "@/lib/publications/invalidate-public-report";
import * as bulk from "@/lib/review/bulk-actions";
import type { BulkState } from "@/lib/review/bulk-state";
import { reviewPaths } from "@/lib/urls/review-paths";

/** Approves and publishes every confirmed report; one line of outcome per report. */
export async function bulkPublishAction(_: BulkState, form: FormData): Promise<BulkState> {
  return performAction(bulk.bulkPublishAction, form, async ({ countyCode }) => {
    revalidatePath(reviewPaths.dashboard(countyCode), "layout");
    await invalidateAllPublicData();
  });
}
