/**
 * Login throttling through the real server (scripts/serve.mjs): a forged
 * X-Forwarded-For is not believed, and one account meets its limit however
 * many addresses the guesses claim to come from.
 */
import { expect, test, type APIRequestContext } from "@playwright/test";
import { join } from "node:path";
import { createDb } from "../lib/db/client";

const E2E_DATABASE = `file:${join(import.meta.dirname, "..", "data", "e2e", "e2e.db")}`;

function guess(request: APIRequestContext, baseURL: string, username: string, forgedAddress: string) {
  return request.post("/api/auth/sign-in/username", {
    headers: { origin: baseURL, "x-forwarded-for": forgedAddress },
    data: { username, password: "not-the-password-1" },
  });
}

async function throttleKeys(prefix: string): Promise<string[]> {
  const { db } = createDb(E2E_DATABASE);
  try {
    const rows = await db.loginThrottle.findMany({
      where: { key: { startsWith: prefix } },
      select: { key: true },
    });
    return rows.map((r) => r.key);
  } finally {
    await db.$disconnect();
  }
}

test("a forged X-Forwarded-For is not taken as the client's address", async ({ request, baseURL }) => {
  const forged = "203.0.113.77";
  expect((await guess(request, baseURL!, `e2e-forged-${Date.now()}`, forged)).status()).toBe(401);
  expect(await throttleKeys(`address:${forged}`)).toEqual([]);
  expect((await throttleKeys("address:")).length).toBeGreaterThan(0);
});

test("one account is throttled however many addresses the guesses claim", async ({ request, baseURL }) => {
  const username = `e2e-victim-${Date.now()}`;
  const statuses: number[] = [];
  for (let i = 1; i <= 12; i++)
    statuses.push((await guess(request, baseURL!, username, `198.51.100.${i}`)).status());
  // The default allowance is 10 failed attempts per account in 15 minutes.
  expect(statuses.slice(0, 10).every((s) => s === 401)).toBe(true);
  expect(statuses.slice(10)).toEqual([429, 429]);
});
