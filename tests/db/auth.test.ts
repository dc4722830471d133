/**
 * The auth library wired to a real database: sign-in, wrong passwords,
 * throttling, disabled accounts, sessions that outlive the server process,
 * password resets that end sessions.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createUser, setUserPassword } from "@/lib/accounts/create-user";
import { freshDatabase, useAsAppDatabase, type TestDatabase } from "./test-database";

let t: TestDatabase;
const ORIGIN = "http://localhost:3000";

beforeAll(async () => {
  t = await freshDatabase();
  process.env.LOGIN_RATE_LIMIT_MAX = "5";
  process.env.LOGIN_RATE_LIMIT_WINDOW = "60";
  useAsAppDatabase(t.url);
  await createUser(t.db, { username: "clerk-a", name: "甲", role: "clerk", password: "right-pass-1", mustChangePassword: false });
  await createUser(t.db, { username: "clerk-b", name: "乙", role: "clerk", password: "right-pass-2", mustChangePassword: false });
  await createUser(t.db, { username: "clerk-c", name: "丙", role: "clerk", password: "right-pass-3", mustChangePassword: false });
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

  it("throttles repeated attempts from one address, counted in the database", async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 7; i++) statuses.push((await signIn("clerk-b", "guess", "10.0.0.3")).status);
    expect(statuses.slice(0, 5).every((s) => s === 401)).toBe(true);
    expect(statuses.slice(5)).toEqual([429, 429]);
    // Even the right password is refused while throttled; another address is not affected.
    expect((await signIn("clerk-b", "right-pass-2", "10.0.0.3")).status).toBe(429);
    expect((await signIn("clerk-b", "right-pass-2", "10.0.0.4")).status).toBe(200);
    expect(await t.db.rateLimit.count()).toBeGreaterThan(0);
  });

  it("gives a disabled account no session", async () => {
    await t.db.user.update({ where: { username: "clerk-c" }, data: { disabled: true } });
    const response = await signIn("clerk-c", "right-pass-3", "10.0.0.5");
    expect(response.status).not.toBe(200);
    const user = await t.db.user.findUniqueOrThrow({ where: { username: "clerk-c" } });
    expect(await t.db.session.count({ where: { userId: user.id } })).toBe(0);
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
});
