import { z } from "@/lib/validation/zod";
import type { CurrentUser } from "@/lib/authz/current-user";
import { ActionError } from "@/lib/authz/guards";
import { canAdministerCounty } from "@/lib/authz/policy";
import { db } from "@/lib/db/client";

const townshipIdSchema = z.string({ error: "请选择乡镇" }).min(1, "请选择乡镇").max(100);

/** The township an import goes to, if this admin may administer its county; a Chinese ActionError otherwise. */
export async function administeredTownship(admin: CurrentUser, townshipId: unknown) {
  const id = townshipIdSchema.safeParse(townshipId);
  if (!id.success) throw new ActionError(id.error.issues[0]?.message ?? "请选择乡镇");
  const township = await db.township.findUnique({ where: { id: id.data }, include: { county: true } });
  if (!township) throw new ActionError("所选乡镇不存在");
  if (!canAdministerCounty(admin, township.countyId)) throw new ActionError("无权管理该乡镇所在县区");
  return township;
}
