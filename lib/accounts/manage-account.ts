import type { Principal } from "@/lib/authz/roles";
import { AppError } from "@/lib/actions/app-error";
import type { CreateUserInput } from "@/lib/admin/admin-schemas";
import type { Db } from "@/lib/db/client";
import { createUser, setUserPassword } from "./create-user";
import { generateOneTimePassword } from "./one-time-password";

/**
 * A new account with a one-time password, scoped as its role requires: a
 * clerk to a filing unit, a reviewer to a county, an admin to a county or to
 * all. Returns the password, to be shown once.
 */
export async function createAccount(db: Db, input: CreateUserInput) {
  const password = generateOneTimePassword();
  const clerk = input.role === "clerk";
  await createUser(db, {
    ...input,
    filingUnitId: clerk ? input.filingUnitId! : null,
    countyId: clerk ? null : (input.countyId ?? null),
    password,
    mustChangePassword: true,
  });
  return { username: input.username, password };
}

async function otherAccount(db: Db, actor: Principal, userId: string) {
  if (userId === actor.id) throw new AppError("forbidden", "不能停用自己的账号或重置自己的密码");
  const user = await db.user.findUnique({ where: { id: userId } });
  if (!user) throw new AppError("not-found", "用户不存在");
  return user;
}

/** Disables an enabled account (ending its sessions) or enables a disabled one. */
export async function toggleAccountDisabled(db: Db, actor: Principal, userId: string) {
  const user = await otherAccount(db, actor, userId);
  const disabled = !user.disabled;
  await db.$transaction([
    db.user.update({ where: { id: user.id }, data: { disabled } }),
    db.session.deleteMany({ where: { userId: user.id } }),
  ]);
  return { username: user.username ?? user.name, disabled };
}

/** A new one-time password that must be changed at the next sign-in; other sessions end. */
export async function resetAccountPassword(db: Db, actor: Principal, userId: string) {
  const user = await otherAccount(db, actor, userId);
  const password = generateOneTimePassword();
  await setUserPassword(db, user.id, password, true);
  return { username: user.username ?? user.name, password };
}
