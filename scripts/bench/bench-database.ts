/**
 * Throwaway databases for the benchmarks, migrated with the committed
 * migrations: a SQLite file under data/bench/, or a PostgreSQL database on
 * the loopback server (PG_TEST_ADMIN_URL, default postgres@127.0.0.1:5432).
 * Dropped afterwards unless BENCH_KEEP=1.
 */
import { spawnSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import { mkdirSync, rmSync } from "node:fs";
import { join } from "node:path";
import pg from "pg";
import { createDb, type Db } from "@/lib/db/client";

export type BenchProvider = "sqlite" | "postgresql";

const root = join(import.meta.dirname, "..", "..");

export interface BenchDatabase {
  provider: BenchProvider;
  url: string;
  db: Db;
  drop(): Promise<void>;
}

function adminUrl(): string {
  return process.env.PG_TEST_ADMIN_URL ?? "postgresql://postgres@127.0.0.1:5432/postgres";
}

function urlFor(database: string): string {
  const url = new URL(adminUrl());
  if (!["127.0.0.1", "localhost", "[::1]"].includes(url.hostname))
    throw new Error("benchmarks only use a local PostgreSQL");
  url.pathname = `/${database}`;
  return url.toString();
}

async function admin(sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: adminUrl(), connectionTimeoutMillis: 5000 });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

/** Whether a PostgreSQL server answers at the admin URL. */
export async function postgresReachable(): Promise<boolean> {
  try {
    await admin("SELECT 1");
    return true;
  } catch {
    return false;
  }
}

function migrate(url: string): void {
  const r = spawnSync(process.execPath, [join(root, "scripts/db/run-prisma.mjs"), "migrate", "deploy"], {
    cwd: root,
    env: { ...process.env, DATABASE_URL: url },
    encoding: "utf8",
  });
  if (r.status !== 0) throw new Error(`migrate deploy failed for ${url}\n${r.stdout}\n${r.stderr}`);
}

export async function createBenchDatabase(provider: BenchProvider, label: string): Promise<BenchDatabase> {
  const name = `nianbao_bench_${label}_${randomBytes(4).toString("hex")}`;
  const keep = process.env.BENCH_KEEP === "1";
  if (provider === "sqlite") {
    const dir = join(root, "data", "bench");
    mkdirSync(dir, { recursive: true });
    const file = join(dir, `${name}.db`);
    const url = `file:${file}`;
    migrate(url);
    const { db } = createDb(url);
    return {
      provider,
      url,
      db,
      async drop() {
        await db.$disconnect();
        if (!keep)
          for (const suffix of ["", "-wal", "-shm", "-journal"]) rmSync(file + suffix, { force: true });
      },
    };
  }
  await admin(`CREATE DATABASE "${name}"`);
  const url = urlFor(name);
  migrate(url);
  const { db } = createDb(url);
  return {
    provider,
    url,
    db,
    async drop() {
      await db.$disconnect();
      if (!keep) await admin(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    },
  };
}

/** Planner statistics after a bulk load, as autovacuum would gather them a little later. */
export async function analyze(bench: BenchDatabase): Promise<void> {
  await bench.db.$executeRawUnsafe(bench.provider === "sqlite" ? "ANALYZE" : "ANALYZE");
}
