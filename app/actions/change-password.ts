"use server";
import { changePasswordAction } from "@/lib/accounts/account-actions";
import { performAction } from "@/lib/actions/perform-action";

export async function changePassword(input: unknown) {
  return performAction(changePasswordAction, input);
}
