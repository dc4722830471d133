"use server";
import { revalidatePath } from "next/cache";
import { formValues, type ActionState } from "@/lib/admin/action-state";
import { actionUser, ActionError } from "@/lib/authz/guards";
import { canAdministerCounty } from "@/lib/authz/policy";
import { db } from "@/lib/db/client";
import { invalidateAllPublicData } from "@/lib/publications/invalidate-public-report";
import { openReportingYear } from "@/lib/reporting/open-reporting-year";
import { currentReportYear } from "@/lib/reporting/report-year";
import { updateCountySettings } from "@/lib/reporting/update-county-settings";
import { WorkflowError } from "@/lib/workflow/workflow-error";

async function administeredCounty(form: FormData) {
  const admin = await actionUser(["admin"]);
  const county = await db.county.findUnique({ where: { id: String(form.get("countyId") ?? "") } });
  if (!county || !canAdministerCounty(admin, county.id)) throw new ActionError("无权管理该县区");
  return county;
}

/** Deadlines decide 按时/逾期 on the dashboards and the public county-year pages: all are refreshed. */
async function run(work: () => Promise<ActionState>): Promise<ActionState> {
  try {
    const result = await work();
    revalidatePath("/admin/reporting-years");
    revalidatePath("/review", "layout");
    await invalidateAllPublicData();
    return result;
  } catch (error) {
    if (error instanceof ActionError || error instanceof WorkflowError)
      return { ok: false, message: error.message };
    throw error;
  }
}

export async function openReportingYearAction(_: ActionState, form: FormData): Promise<ActionState> {
  return run(async () => {
    const county = await administeredCounty(form);
    const values = formValues(form);
    const { reportingYear, created } = await openReportingYear(db, {
      countyId: county.id,
      year: Number(values.year),
      deadline: values.deadline,
      maxYear: currentReportYear(new Date()) + 1,
    });
    return {
      ok: true,
      message: `${county.name}${reportingYear.year}年度${created ? "已开启" : "截止日期已修改"}，公开截止日期 ${reportingYear.deadline}`,
    };
  });
}

export async function updateCountySettingsAction(_: ActionState, form: FormData): Promise<ActionState> {
  return run(async () => {
    const county = await administeredCounty(form);
    const values = formValues(form);
    const updated = await updateCountySettings(db, {
      countyId: county.id,
      defaultDeadline: values.defaultDeadline ?? "",
      approvalPublishes: values.approvalPublishes === "1",
    });
    return {
      ok: true,
      message: `已保存：默认截止日期次年 ${updated.defaultDeadline}，${updated.approvalPublishes ? "审核通过即公开" : "审核通过后另行公开"}`,
    };
  });
}
