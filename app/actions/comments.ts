"use server";
import { revalidatePath } from "next/cache";
import type { FormState } from "@/lib/actions/action-result";
import { performAction } from "@/lib/actions/perform-action";
import * as comments from "@/lib/comments/comment-actions";

function threadsChanged() {
  revalidatePath("/review", "layout");
  revalidatePath("/fill", "layout");
}

export async function addCommentAction(_: FormState, form: FormData) {
  return performAction(comments.addCommentAction, form, threadsChanged);
}

export async function resolveCommentAction(_: FormState, form: FormData) {
  return performAction(comments.resolveCommentAction, form, threadsChanged);
}
