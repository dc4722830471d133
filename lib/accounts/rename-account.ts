import { AppError } from "@/lib/actions/app-error";
import type { RenameUserInput } from "@/lib/admin/admin-schemas";
import type { Db } from "@/lib/db/client";
import { placeholderEmail } from "./create-user";

/**
 * A new name and username for an account, set by an admin. The audit trail
 * is untouched: each event keeps the name its actor had at the time. Sessions
 * stay valid (they are bound to the account, not to its name).
 */
export async function renameAccount(db: Db, input: RenameUserInput) {
  const username = input.username.toLowerCase();
  return db.$transaction(async (tx) => {
    const user = await tx.user.findUnique({ where: { id: input.userId } });
    if (!user) throw new AppError("not-found", "用户不存在");
    const taken = await tx.user.findFirst({
      where: { username, id: { not: user.id } },
      select: { id: true },
    });
    if (taken)
      throw new AppError("conflict", `用户名 ${username} 已被使用`, {
        fieldErrors: { username: `用户名 ${username} 已被使用` },
      });
    return tx.user.update({
      where: { id: user.id },
      data: {
        name: input.name,
        username,
        displayUsername: input.username,
        email: placeholderEmail(username),
      },
    });
  });
}
