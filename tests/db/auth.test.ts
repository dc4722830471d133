/**
 * The auth library wired to a real database: sign-in, wrong passwords,
 * throttling per account and per address, disabled accounts, sessions that
 * outlive the server process, password resets that end sessions, and the
 * endpoints the browser may not call.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { changePasswordAction } from "@/lib/accounts/account-actions";
import { createUser, setUserPassword } from "@/lib/accounts/create-user";
import { executeAction } from "@/lib/actions/define-action";
import { freshDatabase, useAsAppDatabase, type TestDatabase } from "./test-database";

let t: TestDatabase;
const ORIGIN = "http://localhost:3000";

beforeAll(async () => {
  t = await freshDatabase();
  process.env.LOGIN_RATE_LIMIT_MAX = "5";
  process.env.LOGIN_RATE_LIMIT_WINDOW = "60";
  process.env.LOGIN_ACCOUNT_RATE_LIMIT_MAX = "3";
  process.env.LOGIN_ACCOUNT_RATE_LIMIT_WINDOW = "900";
  useAsAppDatabase(t.url);
  await createUser(t.db, {
    username: "clerk-a",
    name: "甲",
    role: "clerk",
    password: "right-pass-1",
    mustChangePassword: false,
  });
  await createUser(t.db, {
    username: "clerk-b",
    name: "乙",
    role: "clerk",
    password: "right-pass-2",
    mustChangePassword: false,
  });
  await createUser(t.db, {
    username: "clerk-c",
    name: "丙",
    role: "clerk",
    password: "right-pass-3",
    mustChangePassword: false,
  });
  await createUser(t.db, {
    username: "clerk-d",
    name: "丁",
    role: "clerk",
    password: "right-pass-4",
    mustChangePassword: false,
  });
  for (const n of [1, 2, 3, 4, 5, 6, 7, 8, 9])
    await createUser(t.db, {
      username: `office-${n}`,
      name: `同事${n}`,
      role: "clerk",
      password: `office-pass-${n}`,
      mustChangePassword: false,
    });
});
afterAll(() => t.drop());

async function freshAuth() {
  // A new module instance stands for a restarted server: nothing kept in memory.
  (globalThis as { __nianbaoAuth?: unknown }).__nianbaoAuth = undefined;
  const { getAuth } = await import("@/lib/auth/auth");
  return getAuth();
}

async function signIn(username: string, password: string, ip: string) {
  const auth = await freshAuth();
  return auth.handler(
    new Request(`${ORIGIN}/api/auth/sign-in/username`, {
      method: "POST",
      headers: { "content-type": "application/json", origin: ORIGIN, "x-forwarded-for": ip },
      body: JSON.stringify({ username, password }),
    }),
  );
}

function sessionCookie(response: Response): string {
  const cookie = response.headers.getSetCookie().find((c) => c.includes("session_token"));
  if (!cookie) throw new Error("no session cookie");
  return cookie.split(";")[0]!;
}

describe("sign-in", () => {
  it("accepts the right password and keeps the session in the database", async () => {
    const response = await signIn("clerk-a", "right-pass-1", "10.0.0.1");
    expect(response.status).toBe(200);
    const cookie = sessionCookie(response);
    expect(await t.db.session.count()).toBe(1);

    // A "restarted" server (new auth instance) still recognises the session.
    const auth = await freshAuth();
    const session = await auth.api.getSession({ headers: new Headers({ cookie }) });
    expect(session?.user.name).toBe("甲");
  });

  it("refuses a wrong password", async () => {
    const response = await signIn("clerk-a", "wrong-pass", "10.0.0.2");
    expect(response.status).toBe(401);
    expect(await response.json()).toMatchObject({ code: "INVALID_USERNAME_OR_PASSWORD" });
  });

  it("throttles one account however many addresses the guesses come from", async () => {
    const statuses: number[] = [];
    // An attacker who forges a new address for every guess still meets the account's limit.
    for (let i = 0; i < 40; i++)
      statuses.push((await signIn("clerk-b", `guess-${i}`, `198.51.100.${i + 1}`)).status);
    expect(statuses.slice(0, 3)).toEqual([401, 401, 401]);
    expect(new Set(statuses.slice(3))).toEqual(new Set([429]));
    // Even the right password waits for the window to pass.
    const throttled = await signIn("clerk-b", "right-pass-2", "10.0.0.3");
    expect(throttled.status).toBe(429);
    expect(Number(throttled.headers.get("retry-after"))).toBeGreaterThan(0);
    expect(await t.db.loginThrottle.count({ where: { key: "account:clerk-b" } })).toBe(1);
  });

  it("lets no more guesses through than the limit when they arrive at once", async () => {
    const statuses = (
      await Promise.all(
        Array.from({ length: 8 }, (_, i) => signIn("clerk-d", `guess-${i}`, `198.18.0.${i + 1}`)),
      )
    ).map((r) => r.status);
    expect(statuses.filter((s) => s === 401)).toHaveLength(3);
    expect(statuses.filter((s) => s === 429)).toHaveLength(5);
  });

  it("throttles one address trying many accounts", async () => {
    const statuses: number[] = [];
    for (const n of [1, 2, 3, 4, 5, 6, 7])
      statuses.push((await signIn(`office-${n}`, "guess", "203.0.113.9")).status);
    expect(statuses).toEqual([401, 401, 401, 401, 401, 429, 429]);
    // The accounts themselves are not locked: from another address their owners sign in.
    expect((await signIn("office-1", "office-pass-1", "203.0.113.10")).status).toBe(200);
  });

  it("does not lock out an office whose colleagues sign in from one address", async () => {
    const office = "192.0.2.44";
    // More colleagues than the address's allowance of failures sign in one after another…
    for (const n of [1, 2, 3, 4, 5, 6])
      expect((await signIn(`office-${n}`, `office-pass-${n}`, office)).status).toBe(200);
    // …a few typing mistakes among them still leave room for everyone else.
    expect((await signIn("office-3", "typo", office)).status).toBe(401);
    expect((await signIn("office-4", "typo", office)).status).toBe(401);
    for (const n of [7, 8])
      expect((await signIn(`office-${n}`, `office-pass-${n}`, office)).status).toBe(200);
  });

  it("clears an account's failed attempts when its owner signs in", async () => {
    expect((await signIn("office-5", "typo-1", "192.0.2.50")).status).toBe(401);
    expect((await signIn("office-5", "typo-2", "192.0.2.50")).status).toBe(401);
    expect((await signIn("office-5", "office-pass-5", "192.0.2.50")).status).toBe(200);
    expect(await t.db.loginThrottle.count({ where: { key: "account:office-5" } })).toBe(0);
  });

  it("counts attempts in the database, shared by every server", async () => {
    const [a, b] = [await freshAuth(), await freshAuth()];
    const attempt = (auth: typeof a, i: number) =>
      auth.handler(
        new Request(`${ORIGIN}/api/auth/sign-in/username`, {
          method: "POST",
          headers: { "content-type": "application/json", origin: ORIGIN, "x-forwarded-for": `10.9.0.${i}` },
          body: JSON.stringify({ username: "office-6", password: "guess" }),
        }),
      );
    const statuses = [await attempt(a, 1), await attempt(b, 2), await attempt(a, 3), await attempt(b, 4)].map(
      (r) => r.status,
    );
    expect(statuses).toEqual([401, 401, 401, 429]);
  });

  it("answers a disabled account exactly like a wrong password, and gives it no session", async () => {
    await t.db.user.update({ where: { username: "clerk-c" }, data: { disabled: true } });
    const disabled = await signIn("clerk-c", "right-pass-3", "10.0.0.5");
    const wrong = await signIn("clerk-c", "wrong-pass-3", "10.0.0.6");
    expect(disabled.status).toBe(401);
    expect(await disabled.json()).toEqual(await wrong.json());
    expect(disabled.headers.getSetCookie()).toEqual(wrong.headers.getSetCookie());
    const user = await t.db.user.findUniqueOrThrow({ where: { username: "clerk-c" } });
    expect(await t.db.session.count({ where: { userId: user.id } })).toBe(0);
  });

  it("serves the browser no endpoint to rename oneself, change username or probe usernames", async () => {
    const cookie = sessionCookie(await signIn("office-7", "office-pass-7", "10.0.0.8"));
    const auth = await freshAuth();
    const call = (path: string, body: unknown) =>
      auth.handler(
        new Request(`${ORIGIN}/api/auth${path}`, {
          method: "POST",
          headers: {
            "content-type": "application/json",
            origin: ORIGIN,
            cookie,
            "x-forwarded-for": "10.0.0.8",
          },
          body: JSON.stringify(body),
        }),
      );
    for (const body of [
      { name: "吉县审核人" },
      { username: "jixian-reviewer-2" },
      { name: "名".repeat(1_000_000) },
    ])
      expect((await call("/update-user", body)).status).toBe(404);
    expect((await call("/is-username-available", { username: "admin" })).status).toBe(404);
    expect(
      (await call("/sign-in/email", { email: "office-7@users.nianbao.invalid", password: "x" })).status,
    ).toBe(404);
    expect((await call("/change-email", { newEmail: "a@b.invalid" })).status).toBe(404);
    const user = await t.db.user.findUniqueOrThrow({ where: { username: "office-7" } });
    expect(user).toMatchObject({
      name: "同事7",
      username: "office-7",
      email: "office-7@users.nianbao.invalid",
    });
  });

  it("ends sessions when an admin resets the password", async () => {
    const cookie = sessionCookie(await signIn("clerk-a", "right-pass-1", "10.0.0.6"));
    const user = await t.db.user.findUniqueOrThrow({ where: { username: "clerk-a" } });
    await setUserPassword(t.db, user.id, "new-pass-123", true);
    const auth = await freshAuth();
    expect(await auth.api.getSession({ headers: new Headers({ cookie }) })).toBeNull();
    expect((await signIn("clerk-a", "right-pass-1", "10.0.0.7")).status).toBe(401);
    expect((await signIn("clerk-a", "new-pass-123", "10.0.0.7")).status).toBe(200);
    expect((await t.db.user.findUniqueOrThrow({ where: { id: user.id } })).mustChangePassword).toBe(true);
  });

  it("counts wrong current passwords on the password page against the account, like sign-ins", async () => {
    const cookie = sessionCookie(await signIn("office-9", "office-pass-9", "10.0.0.9"));
    await freshAuth();
    const row = await t.db.user.findUniqueOrThrow({ where: { username: "office-9" } });
    const user = {
      id: row.id,
      role: "clerk" as const,
      username: "office-9",
      name: row.name,
      mustChangePassword: false,
      disabled: false,
      filingUnitId: null,
      countyId: null,
      filingUnit: null,
      county: null,
    };
    const change = (currentPassword: string) =>
      executeAction(
        changePasswordAction,
        { user, db: t.db, now: new Date(), headers: new Headers({ cookie, origin: ORIGIN }) },
        { currentPassword, newPassword: "new-office-pass-9", confirmPassword: "new-office-pass-9" },
      );
    // The account allows 3 guesses per window (set above).
    for (const guess of ["guess-1", "guess-2", "guess-3"])
      expect(await change(guess)).toMatchObject({ ok: false, code: "invalid" });
    const refused = await change("office-pass-9");
    expect(refused).toMatchObject({ ok: false, code: "rate-limited" });
    expect(refused.ok ? "" : refused.message).toMatch(/^当前密码输错次数过多，请 \d+ 分钟后再试$/);
    // Sign-in shares the allowance: the account is throttled there too.
    expect((await signIn("office-9", "office-pass-9", "10.0.0.10")).status).toBe(429);
    await t.db.loginThrottle.deleteMany({ where: { key: "account:office-9" } });
    expect(await change("office-pass-9")).toMatchObject({ ok: true });
    // A success leaves nothing counted.
    expect(await t.db.loginThrottle.count({ where: { key: "account:office-9" } })).toBe(0);
  });
});
