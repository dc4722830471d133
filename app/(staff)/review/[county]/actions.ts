"use server";
import { revalidatePath } from "next/cache";
import type { ActionState } from "@/lib/admin/action-state";
import { actionUser, ActionError } from "@/lib/authz/guards";
import { canReviewCounty } from "@/lib/authz/policy";
import { db } from "@/lib/db/client";
import { findCountyByCode } from "@/lib/places/find-places";
import { remindTownships } from "@/lib/reminders/remind-townships";
import { WorkflowError } from "@/lib/workflow/workflow-error";

/** 催办 the chosen townships of the county for one year; says who was reminded and who was skipped. */
export async function remindTownshipsAction(_: ActionState, form: FormData): Promise<ActionState> {
  try {
    const user = await actionUser(["reviewer", "admin"]);
    const county = await findCountyByCode(String(form.get("county") ?? ""));
    if (!county || !canReviewCounty(user, county.id)) throw new ActionError("无权催办该县区的乡镇");
    const year = Number(form.get("year"));
    if (!Number.isInteger(year) || year < 2000 || year > 2100) throw new ActionError("报告年度无效");
    const townshipIds = form.getAll("township").filter((v): v is string => typeof v === "string" && v !== "");
    const result = await remindTownships(db, {
      countyId: county.id,
      year,
      townshipIds,
      actorId: user.id,
      now: new Date(),
    });
    revalidatePath(`/review/${county.code}`, "layout");
    revalidatePath("/fill", "layout");
    const skipped = result.skipped.length ? `；${result.skipped.join("、")}已提交，无需催办` : "";
    return {
      ok: result.reminded.length > 0,
      message: result.reminded.length
        ? `已催办 ${result.reminded.length} 个乡镇：${result.reminded.map((r) => r.townshipName).join("、")}${skipped}`
        : `没有需要催办的乡镇${skipped}`,
    };
  } catch (error) {
    if (error instanceof ActionError || error instanceof WorkflowError)
      return { ok: false, message: error.message };
    throw error;
  }
}
