"use server";
import { revalidatePath } from "next/cache";
import type { ActionResult, FormState } from "@/lib/actions/action-result";
import { performAction } from "@/lib/actions/perform-action";
import type { ImportPreview } from "@/lib/import/import-action-state";
import * as importing from "@/lib/import/import-actions";
import { invalidateAllPublicData } from "@/lib/publications/invalidate-public-report";

export async function previewImportAction(_: ActionResult<ImportPreview> | null, form: FormData) {
  return performAction(importing.previewImportAction, form);
}

export async function saveImportAction(_: FormState, form: FormData) {
  return performAction(importing.saveImportAction, form, async () => {
    revalidatePath("/admin/import");
    await invalidateAllPublicData();
  });
}
