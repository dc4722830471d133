/**
 * Two guards around the auth library's HTTP endpoints:
 * - only the endpoints the browser needs are served; the rest (update-user,
 *   change-email, sign-in by e-mail, is-username-available …) answer 404, so
 *   nobody renames themselves or probes usernames. Names and usernames are
 *   set by admins, with the rules that create users.
 * - sign-in attempts are throttled per account and per client address
 *   (lib/auth/login-throttle.ts).
 */
import type { BetterAuthPlugin } from "better-auth";
import { APIError, createAuthMiddleware, getIP, isAPIError } from "better-auth/api";
import type { Db } from "@/lib/db/client";
import { admitSignIn, settleSignIn, type LoginThrottleRules, type SignInAttempt } from "./login-throttle";

const SIGN_IN_PATH = "/sign-in/username";

/** Paths under /api/auth the app's pages call from the browser. */
const BROWSER_AUTH_PATHS: ReadonlySet<string> = new Set(["/sign-in/username", "/sign-out", "/get-session"]);

export function browserEndpointsOnly(basePath: string): BetterAuthPlugin {
  return {
    id: "browser-endpoints-only",
    async onRequest(request) {
      const path = new URL(request.url).pathname.slice(basePath.length).replace(/\/+$/, "");
      if (BROWSER_AUTH_PATHS.has(path)) return;
      return { response: new Response("Not Found", { status: 404 }) };
    },
  };
}

/** The longest username the username plugin accepts; longer ones share one (refused) bucket. */
const MAX_USERNAME_LENGTH = 64;

export function loginThrottle(db: Db, rules: LoginThrottleRules): BetterAuthPlugin {
  const isSignIn = (ctx: { path?: string }) => ctx.path === SIGN_IN_PATH;
  const attemptOf = (ctx: {
    body?: unknown;
    request?: Request;
    context: { options: object };
  }): SignInAttempt => {
    const body = (ctx.body ?? {}) as { username?: unknown };
    return {
      username: String(body.username ?? "").slice(0, MAX_USERNAME_LENGTH + 1),
      address: ctx.request ? getIP(ctx.request, ctx.context.options) : null,
    };
  };
  return {
    id: "login-throttle",
    hooks: {
      before: [
        {
          matcher: isSignIn,
          handler: createAuthMiddleware(async (ctx) => {
            const decision = await admitSignIn(db, attemptOf(ctx), rules);
            if (decision.allowed) return;
            throw new APIError(
              "TOO_MANY_REQUESTS",
              { code: "TOO_MANY_REQUESTS", message: "Too many sign-in attempts. Please try again later." },
              { "Retry-After": String(decision.retryAfterSeconds) },
            );
          }),
        },
      ],
      after: [
        {
          matcher: isSignIn,
          handler: createAuthMiddleware(async (ctx) => {
            await settleSignIn(db, attemptOf(ctx), !isAPIError(ctx.context.returned));
          }),
        },
      ],
    },
  };
}
