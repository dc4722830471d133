"use server";
import { revalidatePath } from "next/cache";
import type { FormState } from "@/lib/actions/action-result";
import { performAction } from "@/lib/actions/perform-action";
import { invalidateAllPublicData } from "@/lib/publications/invalidate-public-report";
import * as reporting from "@/lib/reporting/reporting-actions";

/** Deadlines decide 按时/逾期 on the dashboards and the public county-year pages: all are refreshed. */
async function calendarChanged() {
  revalidatePath("/admin/reporting-years");
  revalidatePath("/review", "layout");
  await invalidateAllPublicData();
}

export async function openReportingYearAction(_: FormState, form: FormData) {
  return performAction(reporting.openReportingYearAction, form, calendarChanged);
}

export async function updateCountySettingsAction(_: FormState, form: FormData) {
  return performAction(reporting.updateCountySettingsAction, form, calendarChanged);
}
