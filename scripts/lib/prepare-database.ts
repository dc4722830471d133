/**
 * Brings a database up to date: applies committed migrations for the provider
 * that DATABASE_URL names, then (optionally) loads the demo data once.
 */
import { spawnSync } from "node:child_process";
import { join } from "node:path";
import { createDb } from "@/lib/db/client";
import { isEmptyDatabase, seedDemo } from "@/lib/demo/seed-demo";

const root = join(import.meta.dirname, "..", "..");

export function migrateDatabase(databaseUrl: string): void {
  const r = spawnSync(
    process.execPath,
    [join(root, "scripts", "db", "run-prisma.mjs"), "migrate", "deploy"],
    { cwd: root, env: { ...process.env, DATABASE_URL: databaseUrl }, encoding: "utf8" },
  );
  if (r.status !== 0) {
    process.stderr.write(r.stdout + r.stderr);
    throw new Error("数据库迁移失败（prisma migrate deploy）");
  }
}

export async function prepareDatabase(
  databaseUrl: string,
  options: { demo: boolean },
): Promise<{ seeded: boolean }> {
  migrateDatabase(databaseUrl);
  const { db } = createDb(databaseUrl);
  try {
    if (options.demo && (await isEmptyDatabase(db))) {
      await seedDemo(db);
      return { seeded: true };
    }
    return { seeded: false };
  } finally {
    await db.$disconnect();
  }
}
