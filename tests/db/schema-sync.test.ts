import { spawnSync } from "node:child_process";
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ROOT } from "./test-database";

describe("one source of truth for the model", () => {
  it("keeps both provider schemas generated from prisma/models.prisma", () => {
    const r = spawnSync(
      process.execPath,
      ["--import", "tsx", join(ROOT, "scripts/db/write-schemas.ts"), "--check"],
      {
        cwd: ROOT,
        encoding: "utf8",
      },
    );
    expect(r.stderr).toBe("");
    expect(r.status).toBe(0);
  });

  it("has a migration for every model in both providers", () => {
    const models = [
      ...readFileSync(join(ROOT, "prisma/models.prisma"), "utf8").matchAll(/^model (\w+)/gm),
    ].map((m) => m[1]);
    for (const provider of ["sqlite", "postgresql"]) {
      const dir = join(ROOT, `prisma/${provider}/migrations`);
      const sql = readdirSync(dir)
        .filter((d) => /^\d{14}_/.test(d))
        .map((d) => readFileSync(join(dir, d, "migration.sql"), "utf8"))
        .join("\n");
      // A model's table is created, or an older table renamed to it (rows kept).
      for (const model of models)
        expect(
          sql.includes(`CREATE TABLE "${model}"`) || sql.includes(`RENAME TO "${model}"`),
          `${provider}: ${model}`,
        ).toBe(true);
    }
  });
});
