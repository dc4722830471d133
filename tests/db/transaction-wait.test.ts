/**
 * A transaction that finds every connection busy waits its turn, as a single
 * statement does, instead of failing after Prisma's default 2 s (P2028): under
 * load, saves queued behind others must still be written.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createDb, type Db } from "@/lib/db/client";
import { freshDatabase, type TestDatabase } from "./test-database";

let t: TestDatabase;
let single: Db;

beforeAll(async () => {
  t = await freshDatabase();
  // One connection: the second transaction can only start once the first has ended.
  const before = process.env.DATABASE_POOL_MAX;
  process.env.DATABASE_POOL_MAX = "1";
  single = createDb(t.url).db;
  process.env.DATABASE_POOL_MAX = before;
});
afterAll(async () => {
  await single.$disconnect();
  await t.drop();
});

describe("a transaction waiting for a connection", () => {
  it("starts once the connection is free, even after longer than Prisma's default 2 s", async () => {
    const county = await single.county.create({ data: { code: "wait", name: "等待县" } });
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    const first = single.$transaction(
      async (tx) => {
        await tx.county.update({ where: { id: county.id }, data: { name: "第一个事务" } });
        await held;
      },
      { timeout: 10_000 },
    );
    // Let the first transaction take the connection before the second asks for it.
    await new Promise((r) => setTimeout(r, 200));
    const second = single.$transaction((tx) =>
      tx.county.update({ where: { id: county.id }, data: { name: "第二个事务" } }),
    );
    setTimeout(release, 2_500);
    await first;
    await expect(second).resolves.toMatchObject({ name: "第二个事务" });
  }, 20_000);
});
