import { mkdirSync, rmSync } from "node:fs";
import { spawnSync } from "node:child_process";
import { join } from "node:path";
import {
  PG_TEMPLATE,
  ROOT,
  SQLITE_DIR,
  SQLITE_TEMPLATE,
  pgAdmin,
  pgUrlFor,
  testProvider,
} from "./test-database";

function migrate(url: string) {
  const r = spawnSync(process.execPath, [join(ROOT, "scripts/db/run-prisma.mjs"), "migrate", "deploy"], {
    cwd: ROOT,
    env: { ...process.env, DATABASE_URL: url },
    encoding: "utf8",
  });
  if (r.status !== 0) throw new Error(`migrate deploy failed for ${url}\n${r.stdout}\n${r.stderr}`);
}

/** Migrates one template database per run; test files copy it. */
export default async function setup() {
  if (testProvider() === "sqlite") {
    rmSync(SQLITE_DIR, { recursive: true, force: true });
    mkdirSync(SQLITE_DIR, { recursive: true });
    migrate(`file:${SQLITE_TEMPLATE}`);
    return () => rmSync(SQLITE_DIR, { recursive: true, force: true });
  }
  await pgAdmin(async (c) => {
    const stale = await c.query<{ datname: string }>(
      "SELECT datname FROM pg_database WHERE datname LIKE 'nianbao_test_%'",
    );
    for (const row of stale.rows) await c.query(`DROP DATABASE IF EXISTS "${row.datname}" WITH (FORCE)`);
    await c.query(`CREATE DATABASE "${PG_TEMPLATE}"`);
  });
  migrate(pgUrlFor(PG_TEMPLATE));
  return async () => {
    await pgAdmin((c) => c.query(`DROP DATABASE IF EXISTS "${PG_TEMPLATE}" WITH (FORCE)`));
  };
}
