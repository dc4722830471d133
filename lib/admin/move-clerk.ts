import { AppError } from "@/lib/actions/app-error";
import { accountPlace } from "@/lib/actions/places";
import { allows } from "@/lib/authz/place";
import type { Principal } from "@/lib/authz/roles";
import type { Db } from "@/lib/db/client";
import { refuseIfRetired } from "@/lib/places/filing-unit-state";
import type { MoveClerkInput } from "./admin-schemas";

/**
 * Moves a clerk to another filing unit (a clerk files for exactly one). The
 * action's policy has checked the unit the clerk moves to; the clerk's current
 * unit must be the admin's too, so no admin takes a clerk from another county.
 * The clerk's next request reads the new unit (the session holds no scope).
 */
export async function moveClerk(db: Db, actor: Principal, input: MoveClerkInput) {
  const from = await accountPlace(db, input.userId);
  if (!allows(actor, "administer", from)) throw new AppError("forbidden", "无权调整该填报人");
  return db.$transaction(async (tx) => {
    const [user, unit] = await Promise.all([
      tx.user.findUnique({ where: { id: input.userId }, include: { filingUnit: true } }),
      tx.filingUnit.findUniqueOrThrow({ where: { id: input.filingUnitId }, include: { county: true } }),
    ]);
    if (!user) throw new AppError("not-found", "用户不存在", { fieldErrors: { userId: "用户不存在" } });
    if (user.role !== "clerk") {
      const message = "只有填报人属于填报单位；审核人和管理员按县区授权";
      throw new AppError("invalid", message, { fieldErrors: { userId: message } });
    }
    refuseIfRetired(unit, "分配填报人", "filingUnitId");
    const username = user.username ?? user.name;
    if (user.filingUnitId === unit.id) return { username, unit, moved: false };
    await tx.user.update({ where: { id: user.id }, data: { filingUnitId: unit.id } });
    return { username, unit, moved: true };
  });
}
