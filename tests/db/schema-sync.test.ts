import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ROOT } from "./test-database";

describe("one source of truth for the model", () => {
  it("keeps both provider schemas generated from prisma/models.prisma", () => {
    const r = spawnSync(process.execPath, ["--import", "tsx", join(ROOT, "scripts/db/write-schemas.ts"), "--check"], {
      cwd: ROOT,
      encoding: "utf8",
    });
    expect(r.stderr).toBe("");
    expect(r.status).toBe(0);
  });

  it("has a migration for every model in both providers", () => {
    const models = [...readFileSync(join(ROOT, "prisma/models.prisma"), "utf8").matchAll(/^model (\w+)/gm)].map((m) => m[1]);
    for (const provider of ["sqlite", "postgresql"]) {
      const sql = readFileSync(join(ROOT, `prisma/${provider}/migrations/20261124000000_init/migration.sql`), "utf8");
      for (const model of models) expect(sql).toContain(`CREATE TABLE "${model}"`);
    }
  });
});
