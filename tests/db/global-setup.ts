import { mkdirSync, readdirSync, rmSync } from "node:fs";
import { spawnSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import { join } from "node:path";
import type { TestProject } from "vitest/node";
import { ROOT, SQLITE_DIR, pgAdmin, pgUrlFor, templateName, testProvider } from "./test-database";

function migrate(url: string) {
  const r = spawnSync(process.execPath, [join(ROOT, "scripts/db/run-prisma.mjs"), "migrate", "deploy"], {
    cwd: ROOT,
    env: { ...process.env, DATABASE_URL: url },
    encoding: "utf8",
  });
  if (r.status !== 0) throw new Error(`migrate deploy failed for ${url}\n${r.stdout}\n${r.stderr}`);
}

/** Migrates one template per run; test files copy it. Names carry a run id so runs never collide. */
export default async function setup(project: TestProject) {
  const template = templateName(randomBytes(4).toString("hex"));
  project.provide("testTemplate", template);

  if (testProvider() === "sqlite") {
    mkdirSync(SQLITE_DIR, { recursive: true });
    migrate(`file:${join(SQLITE_DIR, `${template}.db`)}`);
    return () => {
      for (const f of readdirSync(SQLITE_DIR))
        if (f.startsWith(template)) rmSync(join(SQLITE_DIR, f), { force: true });
    };
  }
  await pgAdmin((c) => c.query(`CREATE DATABASE "${template}"`));
  migrate(pgUrlFor(template));
  return async () => {
    await pgAdmin(async (c) => {
      const own = await c.query<{ datname: string }>(
        "SELECT datname FROM pg_database WHERE datname LIKE $1",
        [`${template}%`],
      );
      for (const row of own.rows) await c.query(`DROP DATABASE IF EXISTS "${row.datname}" WITH (FORCE)`);
    });
  };
}
