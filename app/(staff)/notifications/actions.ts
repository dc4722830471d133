"use server";
import { revalidatePath } from "next/cache";
import { markAllReadAction as markAllRead } from "@/lib/accounts/account-actions";
import { performAction } from "@/lib/actions/perform-action";

/** A plain button form: a refusal (signed out meanwhile) has nothing to show but the unchanged list. */
export async function markAllReadAction(): Promise<void> {
  await performAction(markAllRead, {}, () => revalidatePath("/", "layout"));
}
