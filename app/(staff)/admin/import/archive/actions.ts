"use server";
import { performAction } from "@/lib/actions/perform-action";
import * as archive from "@/lib/import/archive/archive-actions";
import { invalidatePublicReport } from "@/lib/publications/invalidate-public-report";

/** One file of the batch read for the progress view (ADR 0016). */
export async function readArchiveFileAction(form: FormData) {
  return performAction(archive.readArchiveFileAction, form);
}

/** One confirmed file saved; its public pages are dropped from the cache. */
export async function saveArchiveFileAction(form: FormData) {
  return performAction(archive.saveArchiveFileAction, form, async (save) => {
    if (save.status === "saved") await invalidatePublicReport(save.reportId);
  });
}
