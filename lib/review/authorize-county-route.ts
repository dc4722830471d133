import "server-only";
import { notFound } from "next/navigation";
import { authorizeApi, ensure, jsonError, requireUser } from "@/lib/authz/guards";
import type { CurrentUser } from "@/lib/authz/current-user";
import type { Principal } from "@/lib/authz/roles";
import { findCountyByCode } from "@/lib/places/find-places";
import type { CountyRef } from "./load-dashboard";

/**
 * Route handlers of the review area: 401 anonymous, 403 out of scope (the
 * policy decides), 404 unknown county; otherwise the county and the user.
 */
export async function authorizeCountyRoute(
  code: string,
  allowed: (p: Principal, countyId: string) => boolean,
): Promise<{ ok: true; county: CountyRef; user: CurrentUser } | { ok: false; response: Response }> {
  const auth = await authorizeApi(["reviewer", "admin"]);
  if (!auth.ok) return auth;
  const county = await findCountyByCode(code);
  if (!county) return { ok: false, response: jsonError(404, "县区不存在") };
  if (!allowed(auth.user, county.id)) return { ok: false, response: jsonError(403, "无权访问") };
  return { ok: true, county, user: auth.user };
}

/**
 * Pages of the review area: the /login redirect and 403 page of requireUser
 * and ensure, 404 for an unknown county; otherwise the county and the user.
 */
export async function requireCountyPage(
  code: string,
  allowed: (p: Principal, countyId: string) => boolean,
): Promise<{ county: NonNullable<Awaited<ReturnType<typeof findCountyByCode>>>; user: CurrentUser }> {
  const user = await requireUser({ roles: ["reviewer", "admin"] });
  const county = await findCountyByCode(code);
  if (!county) notFound();
  ensure(allowed(user, county.id));
  return { county, user };
}
