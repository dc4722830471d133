import { randomUUID } from "node:crypto";
import { hashPassword } from "better-auth/crypto";
import type { Db } from "@/lib/db/client";
import type { Role } from "@/lib/authz/roles";

export interface NewUser {
  username: string;
  name: string;
  role: Role;
  filingUnitId?: string | null;
  countyId?: string | null;
  password: string;
  mustChangePassword: boolean;
}

/** Synthetic address: the auth library requires a unique e-mail; this system sends none. */
export function placeholderEmail(username: string): string {
  return `${username}@users.nianbao.invalid`;
}

/** Creates a user and its password credential in one transaction. */
export async function createUser(db: Db, input: NewUser) {
  const id = randomUUID();
  const username = input.username.toLowerCase();
  const passwordHash = await hashPassword(input.password);
  return db.$transaction(async (tx) => {
    const user = await tx.user.create({
      data: {
        id,
        name: input.name,
        email: placeholderEmail(username),
        username,
        displayUsername: input.username,
        role: input.role,
        filingUnitId: input.filingUnitId ?? null,
        countyId: input.countyId ?? null,
        mustChangePassword: input.mustChangePassword,
      },
    });
    await tx.account.create({
      data: { id: randomUUID(), accountId: id, providerId: "credential", userId: id, password: passwordHash },
    });
    return user;
  });
}

/** Sets a new password (e.g. an admin reset) and ends the user's sessions. */
export async function setUserPassword(db: Db, userId: string, password: string, mustChange: boolean) {
  const passwordHash = await hashPassword(password);
  await db.$transaction([
    db.account.updateMany({ where: { userId, providerId: "credential" }, data: { password: passwordHash } }),
    db.user.update({ where: { id: userId }, data: { mustChangePassword: mustChange } }),
    db.session.deleteMany({ where: { userId } }),
  ]);
}
