import "server-only";
import { cache } from "react";
import { headers } from "next/headers";
import { getAuth } from "@/lib/auth/auth";
import { db } from "@/lib/db/client";
import { roleSchema, type Principal } from "./roles";

export interface CurrentUser extends Principal {
  username: string;
  name: string;
  mustChangePassword: boolean;
  /** Always false from getCurrentUser; the action wrapper loads disabled accounts to refuse them by name. */
  disabled: boolean;
  filingUnit: { id: string; code: string; name: string; countyId: string } | null;
  county: { id: string; code: string; name: string } | null;
}

/**
 * The account of this request's session, read fresh from the database so that
 * a disabled account or a changed role takes effect at once; disabled
 * accounts included. Null when anonymous.
 */
export const getSessionAccount = cache(async (): Promise<CurrentUser | null> => {
  // Read the request first: it marks the page dynamic before any secret is needed.
  const requestHeaders = await headers();
  const session = await getAuth().api.getSession({ headers: requestHeaders });
  if (!session) return null;
  const user = await db.user.findUnique({
    where: { id: session.user.id },
    include: { filingUnit: { include: { county: true } }, county: true },
  });
  if (!user) return null;
  const role = roleSchema.parse(user.role);
  const county = user.county ?? user.filingUnit?.county ?? null;
  return {
    id: user.id,
    role,
    username: user.username ?? user.name,
    name: user.name,
    mustChangePassword: user.mustChangePassword,
    disabled: user.disabled,
    filingUnitId: user.filingUnitId,
    countyId: role === "clerk" ? (user.filingUnit?.countyId ?? null) : user.countyId,
    filingUnit: user.filingUnit
      ? {
          id: user.filingUnit.id,
          code: user.filingUnit.code,
          name: user.filingUnit.name,
          countyId: user.filingUnit.countyId,
        }
      : null,
    county: county ? { id: county.id, code: county.code, name: county.name } : null,
  };
});

/** The signed-in user for this request; null when anonymous or disabled. */
export const getCurrentUser = cache(async (): Promise<CurrentUser | null> => {
  const account = await getSessionAccount();
  return account && !account.disabled ? account : null;
});
