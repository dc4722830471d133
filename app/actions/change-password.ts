"use server";
import { headers } from "next/headers";
import { getAuth } from "@/lib/auth/auth";
import { changePasswordSchema } from "@/lib/auth/credential-schemas";
import { actionUser, ActionError } from "@/lib/authz/guards";
import { db } from "@/lib/db/client";

export type ChangePasswordResult =
  | { ok: true }
  | { ok: false; message: string; field?: "currentPassword" | "newPassword" | "confirmPassword" };

export async function changePassword(input: unknown): Promise<ChangePasswordResult> {
  try {
    const user = await actionUser();
    const parsed = changePasswordSchema.safeParse(input);
    if (!parsed.success) {
      const issue = parsed.error.issues[0]!;
      return { ok: false, message: issue.message, field: issue.path[0] as "newPassword" };
    }
    try {
      await getAuth().api.changePassword({
        headers: await headers(),
        body: {
          currentPassword: parsed.data.currentPassword,
          newPassword: parsed.data.newPassword,
          revokeOtherSessions: true,
        },
      });
    } catch {
      return { ok: false, message: "当前密码不正确", field: "currentPassword" };
    }
    await db.user.update({ where: { id: user.id }, data: { mustChangePassword: false } });
    return { ok: true };
  } catch (error) {
    if (error instanceof ActionError) return { ok: false, message: error.message };
    throw error;
  }
}
