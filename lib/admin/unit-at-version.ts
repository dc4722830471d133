import { AppError } from "@/lib/actions/app-error";
import type { Prisma, Tx } from "@/lib/db/client";

interface Seen {
  filingUnitId: string;
  version: number;
}

const stale = (name: string) => new AppError("conflict", `${name}已被他人修改，请刷新页面后再操作`);

/** The unit as the admin's form saw it; refused when someone has changed it since. */
export async function loadUnitAtVersion(tx: Tx, seen: Seen) {
  const unit = await tx.filingUnit.findUnique({
    where: { id: seen.filingUnitId },
    include: { county: true },
  });
  if (!unit) throw new AppError("not-found", "所选单位不存在");
  if (unit.version !== seen.version) throw stale(unit.name);
  return unit;
}

/** Writes to the unit only if it is still that version, and moves the version on. */
export async function updateUnitAtVersion(
  tx: Tx,
  unit: { id: string; version: number; name: string },
  data: Prisma.FilingUnitUpdateManyMutationInput,
) {
  const { count } = await tx.filingUnit.updateMany({
    where: { id: unit.id, version: unit.version },
    data: { ...data, version: { increment: 1 } },
  });
  if (count !== 1) throw stale(unit.name);
}
