import { spawnSync } from "node:child_process";
import { mkdirSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { randomBytes } from "node:crypto";
import { join } from "node:path";
import pg from "pg";
import { afterAll, describe, expect, it } from "vitest";
import { createDb, type Db } from "@/lib/db/client";
import { ROOT, SQLITE_DIR, pgAdmin, pgUrlFor, testProvider } from "./test-database";

/**
 * Migrations meet real databases: a copy of the demo database made by the
 * schema before filing units (tests/fixtures/migrations, see its README) is
 * migrated by `prisma migrate deploy` exactly as a deployment would be, and a
 * database built from the migrations is compared with one built from the model.
 */

const provider = testProvider();
const created: (() => Promise<void>)[] = [];
afterAll(async () => {
  for (const drop of created.reverse()) await drop();
});

function prisma(args: string[], url: string) {
  const r = spawnSync(process.execPath, [join(ROOT, "scripts/db/run-prisma.mjs"), ...args], {
    cwd: ROOT,
    env: { ...process.env, DATABASE_URL: url },
    encoding: "utf8",
  });
  if (r.status !== 0) throw new Error(`prisma ${args.join(" ")} failed\n${r.stdout}\n${r.stderr}`);
  return r.stdout;
}

/** An empty database of this run's provider; dropped after the file. */
async function emptyDatabase(label: string): Promise<string> {
  const name = `nianbao_mig_${label}_${randomBytes(4).toString("hex")}`;
  if (provider === "sqlite") {
    mkdirSync(SQLITE_DIR, { recursive: true });
    const file = join(SQLITE_DIR, `${name}.db`);
    created.push(async () => rmSync(file, { force: true }));
    return `file:${file}`;
  }
  await pgAdmin((c) => c.query(`CREATE DATABASE "${name}"`));
  created.push(() =>
    pgAdmin((c) => c.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`)).then(() => undefined),
  );
  return pgUrlFor(name);
}

/**
 * Runs a dump. A SQLite `.dump` writes one statement per line or per
 * CREATE block, each ending in ";" at the end of a line (newlines inside
 * values are written as char(10)), so it is run statement by statement.
 */
async function runSql(url: string, sql: string): Promise<void> {
  if (provider === "sqlite") {
    const db = openDb(url);
    const statements = sql
      .split(/;\n/)
      .map((s) => s.trim())
      .filter((s) => s && !/^(BEGIN TRANSACTION|COMMIT)/.test(s));
    for (const statement of statements) await db.$executeRawUnsafe(statement);
    await db.$disconnect();
    return;
  }
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

function migrationNames(): string[] {
  return readdirSync(join(ROOT, `prisma/${provider}/migrations`))
    .filter((d) => /^\d{14}_/.test(d))
    .sort();
}

async function appliedMigrations(url: string): Promise<string[]> {
  const db = openDb(url);
  const rows = await db.$queryRawUnsafe<{ migration_name: string }[]>(
    `SELECT "migration_name" FROM "_prisma_migrations" WHERE "finished_at" IS NOT NULL ORDER BY "migration_name"`,
  );
  await db.$disconnect();
  return rows.map((r) => r.migration_name);
}

function openDb(url: string): Db {
  const { db } = createDb(url);
  created.push(() => db.$disconnect());
  return db;
}

/** Tables with their columns, indexes and foreign keys, in a form both providers can be compared in. */
async function schemaShape(url: string): Promise<Record<string, unknown>> {
  const shape: Record<string, unknown> = {};
  if (provider === "sqlite") {
    const db = openDb(url);
    const rows = (sql: string) => db.$queryRawUnsafe<Record<string, unknown>[]>(sql);
    const tables = await rows(
      "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name NOT LIKE '_prisma%'",
    );
    for (const { name } of tables) {
      const columns = (await rows(`PRAGMA table_info("${name}")`))
        .map(({ name: column, type, notnull, dflt_value, pk }) => ({ column, type, notnull, dflt_value, pk }))
        .sort((a, b) => String(a.column).localeCompare(String(b.column)));
      const indexes = [];
      for (const index of await rows(`PRAGMA index_list("${name}")`)) {
        const columns = (await rows(`PRAGMA index_info("${index.name}")`)).map((c) => c.name);
        indexes.push({ name: String(index.name), unique: index.unique, columns });
      }
      indexes.sort((a, b) => a.name.localeCompare(b.name));
      const foreignKeys = (await rows(`PRAGMA foreign_key_list("${name}")`))
        .map(({ table, from, to, on_update, on_delete }) => ({ table, from, to, on_update, on_delete }))
        .sort((a, b) => String(a.from).localeCompare(String(b.from)));
      shape[String(name)] = { columns, indexes, foreignKeys };
    }
    await db.$disconnect();
    return shape;
  }
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const columns = await client.query(
      `SELECT table_name, column_name, data_type, is_nullable, column_default FROM information_schema.columns
       WHERE table_schema = 'public' AND table_name <> '_prisma_migrations' ORDER BY table_name, column_name`,
    );
    const indexes = await client.query(
      `SELECT tablename, indexname, indexdef FROM pg_indexes
       WHERE schemaname = 'public' AND tablename <> '_prisma_migrations' ORDER BY tablename, indexname`,
    );
    const constraints = await client.query(
      `SELECT conrelid::regclass::text AS table_name, conname, pg_get_constraintdef(oid) AS definition FROM pg_constraint
       WHERE connamespace = 'public'::regnamespace AND conrelid::regclass::text NOT IN ('_prisma_migrations', '"_prisma_migrations"') ORDER BY 1, 2`,
    );
    for (const row of columns.rows) ((shape[`columns ${row.table_name}`] ??= []) as unknown[]).push(row);
    for (const row of indexes.rows) ((shape[`indexes ${row.tablename}`] ??= []) as unknown[]).push(row);
    for (const row of constraints.rows)
      ((shape[`constraints ${row.table_name}`] ??= []) as unknown[]).push(row);
  } finally {
    await client.end();
  }
  return shape;
}

describe(`migrations on ${provider}`, () => {
  it("build exactly the schema prisma/models.prisma describes", async () => {
    const migrated = await emptyDatabase("migrated");
    const deployed = prisma(["migrate", "deploy"], migrated);
    const applied = await appliedMigrations(migrated);
    expect(applied, deployed).toEqual(migrationNames());
    // The model's own SQL, as Prisma writes it for an empty database.
    const fromModel = await emptyDatabase("model");
    const script = prisma(
      [
        "migrate",
        "diff",
        "--from-empty",
        "--to-schema-datamodel",
        `prisma/${provider}/schema.prisma`,
        "--script",
      ],
      fromModel,
    );
    await runSql(fromModel, script);
    expect(await schemaShape(migrated)).toEqual(await schemaShape(fromModel));
  }, 120_000);

  it("keep every row of a demo database made before filing units, and its links", async () => {
    const url = await emptyDatabase("demo");
    await runSql(
      url,
      readFileSync(join(ROOT, `tests/fixtures/migrations/demo-before-filing-units.${provider}.sql`), "utf8"),
    );
    const before = await (async () => {
      const db = openDb(url);
      const count = (table: string) =>
        db
          .$queryRawUnsafe<{ n: bigint | number }[]>(`SELECT COUNT(*) AS n FROM "${table}"`)
          .then((r) => Number(r[0]?.n));
      return {
        townships: await db.$queryRawUnsafe<{ id: string; code: string; organName: string }[]>(
          `SELECT "id", "code", "organName" FROM "Township" ORDER BY "id"`,
        ),
        reports: await db.$queryRawUnsafe<{ id: string; townshipId: string }[]>(
          `SELECT "id", "townshipId" FROM "Report" ORDER BY "id"`,
        ),
        clerks: await db.$queryRawUnsafe<{ id: string; townshipId: string }[]>(
          `SELECT "id", "townshipId" FROM "User" WHERE "townshipId" IS NOT NULL ORDER BY "id"`,
        ),
        publications: await count("Publication"),
        events: await count("ReportEvent"),
        comments: await count("ReviewComment"),
        notifications: await count("Notification"),
        sessions: await count("Account"),
      };
    })();
    expect(before.townships.length).toBeGreaterThan(0);
    expect(before.publications).toBeGreaterThan(0);

    const deployed = prisma(["migrate", "deploy"], url);
    expect(await appliedMigrations(url), deployed).toEqual(migrationNames());

    const db = openDb(url);
    const units = await db.filingUnit.findMany({ orderBy: { id: "asc" } });
    expect(units.map((u) => ({ id: u.id, code: u.code, organName: u.organName }))).toEqual(before.townships);
    expect(new Set(units.map((u) => u.kind))).toEqual(new Set(["township"]));
    expect(units.every((u) => u.retiredAt === null)).toBe(true);
    const reports = await db.report.findMany({
      orderBy: { id: "asc" },
      select: { id: true, filingUnitId: true },
    });
    expect(reports).toEqual(before.reports.map((r) => ({ id: r.id, filingUnitId: r.townshipId })));
    const clerks = await db.user.findMany({
      where: { filingUnitId: { not: null } },
      orderBy: { id: "asc" },
      select: { id: true, filingUnitId: true },
    });
    expect(clerks).toEqual(before.clerks.map((c) => ({ id: c.id, filingUnitId: c.townshipId })));
    expect(await db.publication.count()).toBe(before.publications);
    expect(await db.reportEvent.count()).toBe(before.events);
    expect(await db.reviewComment.count()).toBe(before.comments);
    expect(await db.notification.count()).toBe(before.notifications);
    expect(await db.account.count()).toBe(before.sessions);

    // Each publication now carries the organ name it was published under …
    const publications = await db.publication.findMany({
      include: { report: { include: { filingUnit: true } } },
    });
    for (const p of publications) expect(p.organName).toBe(p.report.filingUnit.organName);
    // … so renaming the unit leaves it alone.
    const renamed = publications[0]!.report.filingUnit;
    await db.filingUnit.update({
      where: { id: renamed.id },
      data: { organName: `${renamed.organName}（新）` },
    });
    const kept = await db.publication.findFirstOrThrow({ where: { id: publications[0]!.id } });
    expect(kept.organName).toBe(renamed.organName);
    if (provider === "sqlite") expect(await db.$queryRawUnsafe("PRAGMA foreign_key_check")).toEqual([]);
  }, 120_000);
});
