import "server-only";
import { forbidden, redirect } from "next/navigation";
import { getCurrentUser, type CurrentUser } from "./current-user";
import type { Role } from "./roles";

/**
 * For pages: the signed-in user, or a redirect to /login. A user who must
 * change a one-time password is sent to do that first. A role outside `roles`
 * gets the 403 page.
 */
export async function requireUser(
  options: { roles?: readonly Role[]; allowPasswordChange?: boolean } = {},
): Promise<CurrentUser> {
  const user = await getCurrentUser();
  if (!user) redirect("/login");
  if (user.mustChangePassword && !options.allowPasswordChange) redirect("/account/password");
  if (options.roles && !options.roles.includes(user.role)) forbidden();
  return user;
}

/** For pages: 403 unless the policy allows. */
export function ensure(allowed: boolean): void {
  if (!allowed) forbidden();
}

export type ApiAuth = { ok: true; user: CurrentUser } | { ok: false; response: Response };

/** For route handlers: 401 for anonymous users, 403 for a role outside `roles`. */
export async function authorizeApi(roles?: readonly Role[]): Promise<ApiAuth> {
  const user = await getCurrentUser();
  if (!user) return { ok: false, response: jsonError(401, "请先登录") };
  if (user.mustChangePassword) return { ok: false, response: jsonError(403, "请先修改初始密码") };
  if (roles && !roles.includes(user.role)) return { ok: false, response: jsonError(403, "无权访问") };
  return { ok: true, user };
}

export function jsonError(status: number, message: string): Response {
  return Response.json({ error: message }, { status });
}
