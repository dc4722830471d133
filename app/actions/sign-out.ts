"use server";
import { redirect } from "next/navigation";
import { signOutAction } from "@/lib/accounts/account-actions";
import { performAction } from "@/lib/actions/perform-action";

/** Whatever the session's state (expired, disabled), the user ends up on the sign-in page. */
export async function signOut(): Promise<void> {
  await performAction(signOutAction, {});
  redirect("/login");
}
