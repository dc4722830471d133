import { AppError } from "@/lib/actions/app-error";
import { defineAction } from "@/lib/actions/define-action";
import { getAuth } from "@/lib/auth/auth";
import { changePasswordSchema } from "@/lib/auth/credential-schemas";
import { accountKey, takeAttempt } from "@/lib/auth/login-throttle";
import { env } from "@/lib/env/env";
import { markAllRead } from "@/lib/notifications/notify";
import { z } from "@/lib/validation/zod";

/** The signed-in user's own account and notices: open to every role, on their own rows only. */

export const changePasswordAction = defineAction({
  name: "account.changePassword",
  input: changePasswordSchema,
  need: "self",
  // The one thing a user with a one-time password may (and must) do.
  allowPasswordChange: true,
  run: async ({ db, user, input, headers, now }) => {
    if (!headers) throw new AppError("unauthenticated", "登录已过期，请重新登录");
    // The current password is a password guess like a sign-in: it draws on the
    // same per-account allowance, so a stolen session cannot try it endlessly.
    const e = env();
    const key = accountKey(user.username);
    const decision = await takeAttempt(
      db,
      key,
      { max: e.LOGIN_ACCOUNT_RATE_LIMIT_MAX, windowSeconds: e.LOGIN_ACCOUNT_RATE_LIMIT_WINDOW },
      now,
    );
    if (!decision.allowed)
      throw new AppError(
        "rate-limited",
        `当前密码输错次数过多，请 ${Math.ceil(decision.retryAfterSeconds / 60)} 分钟后再试`,
      );
    try {
      // Through the auth library: it checks the current password and ends the other sessions.
      await getAuth().api.changePassword({
        headers,
        body: {
          currentPassword: input.currentPassword,
          newPassword: input.newPassword,
          revokeOtherSessions: true,
        },
      });
    } catch {
      throw new AppError("invalid", "当前密码不正确", { fieldErrors: { currentPassword: "当前密码不正确" } });
    }
    await db.loginThrottle.deleteMany({ where: { key } });
    await db.user.update({ where: { id: user.id }, data: { mustChangePassword: false } });
    return { changed: true };
  },
});

export const markAllReadAction = defineAction({
  name: "notifications.markAllRead",
  input: z.strictObject({}),
  need: "self",
  run: async ({ db, user, now }) => {
    await markAllRead(db, user.id, now);
    return { read: true };
  },
});

export const signOutAction = defineAction({
  name: "account.signOut",
  input: z.strictObject({}),
  need: "self",
  allowPasswordChange: true,
  run: async ({ headers }) => {
    if (headers) await getAuth().api.signOut({ headers });
    return { signedOut: true };
  },
});
