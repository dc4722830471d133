/**
 * Throwaway databases for the database suite. The global setup migrates one
 * template per run; each test file then gets its own copy (a copied SQLite
 * file, or a PostgreSQL database created from the template), so files run in
 * parallel without sharing rows.
 */
import { copyFileSync, mkdirSync, rmSync } from "node:fs";
import { join } from "node:path";
import { randomBytes } from "node:crypto";
import pg from "pg";
import { inject } from "vitest";
import { createDb, type Db } from "@/lib/db/client";

declare module "vitest" {
  export interface ProvidedContext {
    /** Name of this run's migrated template (a SQLite file or a PostgreSQL database). */
    testTemplate: string;
  }
}

export type TestProvider = "sqlite" | "postgresql";

export const ROOT = join(import.meta.dirname, "..", "..");
export const SQLITE_DIR = join(ROOT, "data", "test");
/** Runs of the suite may overlap (two terminals, two providers): every name carries the run's id. */
export function templateName(runId: string): string {
  return `nianbao_test_${runId}`;
}

export function testProvider(): TestProvider {
  return process.env.NIANBAO_TEST_PROVIDER === "postgresql" ? "postgresql" : "sqlite";
}

/** Admin connection to the local PostgreSQL server (never anything but loopback). */
function pgAdminUrl(): string {
  return process.env.PG_TEST_ADMIN_URL ?? "postgresql://postgres@127.0.0.1:5432/postgres";
}

export function pgUrlFor(database: string): string {
  const url = new URL(pgAdminUrl());
  url.pathname = `/${database}`;
  return url.toString();
}

export async function pgAdmin<T>(work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: pgAdminUrl(), connectionTimeoutMillis: 5000 });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

export interface TestDatabase {
  url: string;
  db: Db;
  drop(): Promise<void>;
}

export async function freshDatabase(): Promise<TestDatabase> {
  const suffix = randomBytes(6).toString("hex");
  if (testProvider() === "sqlite") {
    mkdirSync(SQLITE_DIR, { recursive: true });
    const file = join(SQLITE_DIR, `${inject("testTemplate")}-${suffix}.db`);
    copyFileSync(join(SQLITE_DIR, `${inject("testTemplate")}.db`), file);
    const url = `file:${file}`;
    const { db } = createDb(url);
    return {
      url,
      db,
      async drop() {
        await db.$disconnect();
        rmSync(file, { force: true });
      },
    };
  }
  const name = `${inject("testTemplate")}_${suffix}`;
  await pgAdmin((c) => c.query(`CREATE DATABASE "${name}" TEMPLATE "${inject("testTemplate")}"`));
  const url = pgUrlFor(name);
  const { db } = createDb(url);
  return {
    url,
    db,
    async drop() {
      await db.$disconnect();
      await pgAdmin((c) => c.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`));
    },
  };
}

/** Points the app's own modules (lib/db/client, lib/auth) at a test database. */
export function useAsAppDatabase(url: string): void {
  process.env.DATABASE_URL = url;
  process.env.BETTER_AUTH_SECRET ??= "test-secret-test-secret-test-secret-0123";
  const g = globalThis as { __nianbaoDb?: unknown; __nianbaoAuth?: unknown };
  g.__nianbaoDb = undefined;
  g.__nianbaoAuth = undefined;
}
