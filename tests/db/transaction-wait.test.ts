/**
 * A transaction that finds every connection busy waits its turn, as a single
 * statement does, instead of failing after Prisma's default 2 s (P2028): under
 * load, saves queued behind others must still be written.
 */
import { spawn } from "node:child_process";
import { createRequire } from "node:module";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { sqliteFilePath } from "@/lib/env/database-provider";
import { createDb, type Db } from "@/lib/db/client";
import { freshDatabase, testProvider, type TestDatabase } from "./test-database";

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

/**
 * Holds SQLite's write lock from another process (as a CLI import beside the server would) for
 * `ms`, and resolves once the lock is taken.
 */
const betterSqlite3 = createRequire(import.meta.url).resolve("better-sqlite3", {
  paths: [createRequire(import.meta.url).resolve("@prisma/adapter-better-sqlite3")],
});

function holdWriteLock(file: string, ms: number): Promise<{ done: Promise<void> }> {
  const script = `
    const Database = require(${JSON.stringify(betterSqlite3)});
    const db = new Database(${JSON.stringify(file)});
    db.exec("BEGIN IMMEDIATE");
    process.stdout.write("locked\\n");
    setTimeout(() => { db.exec("COMMIT"); db.close(); }, ${ms});
  `;
  const child = spawn(process.execPath, ["-e", script], { stdio: ["ignore", "pipe", "inherit"] });
  const done = new Promise<void>((resolve) => child.on("exit", () => resolve()));
  return new Promise((resolve, reject) => {
    child.stdout.on("data", () => resolve({ done }));
    child.on("error", reject);
  });
}

describe.runIf(testProvider() === "sqlite")("a SQLite write behind another process's lock", () => {
  it("waits for the lock longer than better-sqlite3's default 5 s instead of failing as unavailable", async () => {
    const county = await single.county.create({ data: { code: "busy", name: "忙碌县" } });
    const { done } = await holdWriteLock(sqliteFilePath(t.url), 6_000);
    await expect(
      single.county.update({ where: { id: county.id }, data: { name: "等到了锁" } }),
    ).resolves.toMatchObject({ name: "等到了锁" });
    await done;
  }, 30_000);
});
