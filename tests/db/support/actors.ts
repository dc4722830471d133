import { randomUUID } from "node:crypto";
import type { CurrentUser } from "@/lib/authz/current-user";
import type { Role } from "@/lib/authz/roles";
import type { Db } from "@/lib/db/client";

export interface ActorOptions {
  role: Role;
  countyId?: string | null;
  filingUnitId?: string | null;
  mustChangePassword?: boolean;
  disabled?: boolean;
}

/** A user row and the signed-in account the action wrapper would load for it. */
export async function createActor(db: Db, options: ActorOptions): Promise<CurrentUser> {
  const id = randomUUID();
  const username = `u-${id.slice(0, 8)}`;
  const filingUnit = options.filingUnitId
    ? await db.filingUnit.findUniqueOrThrow({
        where: { id: options.filingUnitId },
        include: { county: true },
      })
    : null;
  const county =
    filingUnit?.county ??
    (options.countyId ? await db.county.findUniqueOrThrow({ where: { id: options.countyId } }) : null);
  await db.user.create({
    data: {
      id,
      name: username,
      username,
      email: `${username}@x.invalid`,
      role: options.role,
      filingUnitId: filingUnit?.id ?? null,
      countyId: options.role === "clerk" ? null : (options.countyId ?? null),
      mustChangePassword: options.mustChangePassword ?? false,
      disabled: options.disabled ?? false,
    },
  });
  return {
    id,
    role: options.role,
    username,
    name: username,
    mustChangePassword: options.mustChangePassword ?? false,
    disabled: options.disabled ?? false,
    filingUnitId: filingUnit?.id ?? null,
    countyId: options.role === "clerk" ? (filingUnit?.countyId ?? null) : (options.countyId ?? null),
    filingUnit: filingUnit
      ? { id: filingUnit.id, code: filingUnit.code, name: filingUnit.name, countyId: filingUnit.countyId }
      : null,
    county: county ? { id: county.id, code: county.code, name: county.name } : null,
  };
}
