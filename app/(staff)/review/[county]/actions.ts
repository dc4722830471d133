"use server";
import { revalidatePath } from "next/cache";
import type { FormState } from "@/lib/actions/action-result";
import { performAction } from "@/lib/actions/perform-action";
import * as reminders from "@/lib/reminders/remind-actions";

/** The dashboard shows the last reminder; the clerks' pages their new notice. */
function remindersChanged() {
  revalidatePath("/review", "layout");
  revalidatePath("/fill", "layout");
}

export async function remindFilingUnitsAction(_: FormState, form: FormData) {
  return performAction(reminders.remindFilingUnitsAction, form, remindersChanged);
}
