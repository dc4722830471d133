/**
 * A deployment whose public address is https: the session cookie is sent
 * only over HTTPS (Secure, with the __Secure- prefix browsers enforce).
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createUser } from "@/lib/accounts/create-user";
import { freshDatabase, useAsAppDatabase, type TestDatabase } from "./test-database";

const ORIGIN = "https://nianbao.example.gov.cn";
let t: TestDatabase;

beforeAll(async () => {
  t = await freshDatabase();
  process.env.APP_URL = ORIGIN;
  useAsAppDatabase(t.url);
  await createUser(t.db, {
    username: "clerk-s",
    name: "戊",
    role: "clerk",
    password: "right-pass-9",
    mustChangePassword: false,
  });
});
afterAll(() => t.drop());

describe("sign-in over HTTPS", () => {
  it("sets a Secure session cookie", async () => {
    const { getAuth } = await import("@/lib/auth/auth");
    const response = await getAuth().handler(
      new Request(`${ORIGIN}/api/auth/sign-in/username`, {
        method: "POST",
        headers: { "content-type": "application/json", origin: ORIGIN, "x-forwarded-for": "10.1.0.1" },
        body: JSON.stringify({ username: "clerk-s", password: "right-pass-9" }),
      }),
    );
    expect(response.status).toBe(200);
    const cookie = response.headers.getSetCookie().find((c) => c.includes("session_token"));
    expect(cookie).toMatch(/^__Secure-/);
    expect(cookie).toMatch(/;\s*Secure/i);
  });
});
