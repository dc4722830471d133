"use server";
import { revalidatePath } from "next/cache";
import type { FormState } from "@/lib/actions/action-result";
import { performAction } from "@/lib/actions/perform-action";
import * as admin from "@/lib/admin/admin-actions";
import { invalidateAllPublicData } from "@/lib/publications/invalidate-public-report";

/** A new, renamed, retired or reinstated place shows on the public site too (its pages were cached). */
async function placesChanged() {
  revalidatePath("/admin");
  await invalidateAllPublicData();
}

const usersChanged = () => revalidatePath("/admin");

export async function createCountyAction(_: FormState, form: FormData) {
  return performAction(admin.createCountyAction, form, placesChanged);
}

export async function createFilingUnitAction(_: FormState, form: FormData) {
  return performAction(admin.createFilingUnitAction, form, placesChanged);
}

export async function renameFilingUnitAction(_: FormState, form: FormData) {
  return performAction(admin.renameFilingUnitAction, form, placesChanged);
}

export async function retireFilingUnitAction(_: FormState, form: FormData) {
  return performAction(admin.retireFilingUnitAction, form, placesChanged);
}

export async function reinstateFilingUnitAction(_: FormState, form: FormData) {
  return performAction(admin.reinstateFilingUnitAction, form, placesChanged);
}

export async function moveClerkAction(_: FormState, form: FormData) {
  return performAction(admin.moveClerkAction, form, usersChanged);
}

export async function createUserAction(_: FormState, form: FormData) {
  return performAction(admin.createUserAction, form, usersChanged);
}

export async function toggleUserDisabledAction(_: FormState, form: FormData) {
  return performAction(admin.toggleUserDisabledAction, form, usersChanged);
}

export async function resetPasswordAction(_: FormState, form: FormData) {
  return performAction(admin.resetPasswordAction, form, usersChanged);
}

export async function renameUserAction(_: FormState, form: FormData) {
  return performAction(admin.renameUserAction, form, usersChanged);
}
