/**
 * Username + password authentication (better-auth): sessions stored in the
 * database (they survive restarts), scrypt password hashes, login throttling
 * kept in the database. Self sign-up is off: accounts are created by an admin,
 * and only the endpoints the browser needs are served (lib/auth/auth-plugins.ts).
 */
import { betterAuth } from "better-auth";
import { prismaAdapter } from "better-auth/adapters/prisma";
import { APIError } from "better-auth/api";
import { nextCookies } from "better-auth/next-js";
import { USERNAME_ERROR_CODES, username } from "better-auth/plugins";
import { db, dbProvider } from "@/lib/db/client";
import { env } from "@/lib/env/env";
import { servedOverHttps } from "@/lib/security/transport-security.mjs";
import { browserEndpointsOnly, loginThrottle } from "./auth-plugins";

const BASE_PATH = "/api/auth";

function localOrigins(appUrl: string): string[] {
  const url = new URL(appUrl);
  const port = url.port ? `:${url.port}` : "";
  return [url.origin, `${url.protocol}//localhost${port}`, `${url.protocol}//127.0.0.1${port}`];
}

function createAuth() {
  const e = env();
  return betterAuth({
    appName: "政府信息公开工作年度报告填报审核系统",
    baseURL: e.APP_URL,
    basePath: BASE_PATH,
    secret: e.BETTER_AUTH_SECRET,
    trustedOrigins: localOrigins(e.APP_URL),
    database: prismaAdapter(db, { provider: dbProvider() }),
    emailAndPassword: {
      enabled: true,
      disableSignUp: true,
      minPasswordLength: 8,
      maxPasswordLength: 128,
    },
    session: {
      expiresIn: 60 * 60 * 12,
      updateAge: 60 * 60,
    },
    user: {
      additionalFields: {
        role: { type: "string", input: false, required: false, defaultValue: "clerk" },
        filingUnitId: { type: "string", input: false, required: false },
        countyId: { type: "string", input: false, required: false },
        mustChangePassword: { type: "boolean", input: false, required: false, defaultValue: false },
        disabled: { type: "boolean", input: false, required: false, defaultValue: false },
      },
    },
    databaseHooks: {
      session: {
        create: {
          // A disabled account may hold a correct password; it still gets no session,
          // and the answer is the wrong-password one, so it tells nothing about the account.
          before: async (session) => {
            const user = await db.user.findUnique({
              where: { id: session.userId },
              select: { disabled: true },
            });
            if (!user || user.disabled)
              throw APIError.from("UNAUTHORIZED", USERNAME_ERROR_CODES.INVALID_USERNAME_OR_PASSWORD);
          },
        },
      },
    },
    rateLimit: {
      enabled: true,
      storage: "database",
      window: 60,
      max: 300,
      customRules: {
        // Counted per account and per address by the login-throttle plugin instead: this
        // limiter knows only addresses and counts successes, so one office would lock itself out.
        "/sign-in/username": false,
      },
    },
    advanced: {
      // Stated, not inferred from NODE_ENV: an http deployment (a LAN without TLS) must still sign in.
      useSecureCookies: servedOverHttps(e.APP_URL),
      // scripts/serve.mjs replaces X-Forwarded-For with the one client address it believes
      // (the TCP peer, or what a TRUSTED_PROXY forwarded: lib/http/client-address.mjs).
      ipAddress: { ipAddressHeaders: ["x-forwarded-for"] },
      // The session and its user in one Prisma read (one statement on PostgreSQL, ADR 0030):
      // every signed-in request looks its session up.
      database: { joins: true },
    },
    telemetry: { enabled: false },
    // Failed sign-ins are expected in the test suites; keep their output readable.
    logger: { level: process.env.NODE_ENV === "test" ? "error" : "warn" },
    plugins: [
      username({
        minUsernameLength: 2,
        maxUsernameLength: 64,
        // County codes in usernames carry hyphens (qu-e-clerk).
        usernameValidator: (name) => /^[a-z0-9][a-z0-9._-]*$/i.test(name),
      }),
      browserEndpointsOnly(BASE_PATH),
      loginThrottle(db, {
        account: { max: e.LOGIN_ACCOUNT_RATE_LIMIT_MAX, windowSeconds: e.LOGIN_ACCOUNT_RATE_LIMIT_WINDOW },
        address: { max: e.LOGIN_RATE_LIMIT_MAX, windowSeconds: e.LOGIN_RATE_LIMIT_WINDOW },
      }),
      nextCookies(),
    ],
  });
}

export type Auth = ReturnType<typeof createAuth>;

const globalForAuth = globalThis as unknown as { __nianbaoAuth?: Auth };

export function getAuth(): Auth {
  globalForAuth.__nianbaoAuth ??= createAuth();
  return globalForAuth.__nianbaoAuth;
}
