import { randomUUID } from "node:crypto";
import type { CurrentUser } from "@/lib/authz/current-user";
import type { Role } from "@/lib/authz/roles";
import type { Db } from "@/lib/db/client";

export interface ActorOptions {
  role: Role;
  countyId?: string | null;
  townshipId?: string | null;
  mustChangePassword?: boolean;
  disabled?: boolean;
}

/** A user row and the signed-in account the action wrapper would load for it. */
export async function createActor(db: Db, options: ActorOptions): Promise<CurrentUser> {
  const id = randomUUID();
  const username = `u-${id.slice(0, 8)}`;
  const township = options.townshipId
    ? await db.township.findUniqueOrThrow({ where: { id: options.townshipId }, include: { county: true } })
    : null;
  const county =
    township?.county ??
    (options.countyId ? await db.county.findUniqueOrThrow({ where: { id: options.countyId } }) : null);
  await db.user.create({
    data: {
      id,
      name: username,
      username,
      email: `${username}@x.invalid`,
      role: options.role,
      townshipId: township?.id ?? null,
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
    townshipId: township?.id ?? null,
    countyId: options.role === "clerk" ? (township?.countyId ?? null) : (options.countyId ?? null),
    township: township
      ? { id: township.id, code: township.code, name: township.name, countyId: township.countyId }
      : null,
    county: county ? { id: county.id, code: county.code, name: county.name } : null,
  };
}
