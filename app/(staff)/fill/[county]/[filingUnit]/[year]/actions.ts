"use server";
import { performAction } from "@/lib/actions/perform-action";
import * as fill from "@/lib/reports/fill-actions";

/** Autosave and explicit save from the editor (a conflict carries the server copy in `detail`). */
export async function saveReportAction(input: unknown) {
  return performAction(fill.saveReportAction, input);
}

export async function submitReportAction(input: unknown) {
  return performAction(fill.submitReportAction, input);
}

/** 撤回 from the task list or the check page; the page refreshes itself afterwards. */
export async function withdrawReportAction(input: unknown) {
  return performAction(fill.withdrawReportAction, input);
}
