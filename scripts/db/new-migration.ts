/**
 * `npm run db:new-migration -- <name>`: writes a migration for each provider
 * from the difference between the committed schemas (git HEAD) and the
 * current prisma/models.prisma. Needs no database.
 */
import { execFileSync, spawnSync } from "node:child_process";
import { mkdirSync, writeFileSync, readdirSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

const root = join(import.meta.dirname, "..", "..");
const name = process.argv[2];
if (!name || !/^[a-z0-9_]+$/.test(name)) {
  console.error("usage: npm run db:new-migration -- <snake_case_name>");
  process.exit(2);
}
execFileSync(process.execPath, ["--import", "tsx", join(root, "scripts/db/write-schemas.ts")], { stdio: "inherit" });

const stamp = new Date().toISOString().replace(/[-:T]/g, "").slice(0, 14);
for (const provider of ["sqlite", "postgresql"]) {
  const schema = `prisma/${provider}/schema.prisma`;
  const previous = join(tmpdir(), `nianbao-${provider}-previous.prisma`);
  const migrations = join(root, "prisma", provider, "migrations");
  const hasHistory = readdirSync(migrations).some((d) => /^\d{14}_/.test(d));
  const from = hasHistory
    ? (writeFileSync(previous, execFileSync("git", ["show", `HEAD:${schema}`], { cwd: root })),
      ["--from-schema-datamodel", previous])
    : ["--from-empty"];
  const r = spawnSync(
    process.execPath,
    [join(root, "scripts/db/run-prisma.mjs"), "migrate", "diff", ...from, "--to-schema-datamodel", schema, "--script"],
    { cwd: root, encoding: "utf8" },
  );
  if (r.status !== 0) {
    console.error(r.stderr);
    process.exit(1);
  }
  if (!r.stdout.trim() || r.stdout.includes("empty migration")) {
    console.log(`${provider}: no changes`);
    continue;
  }
  const dir = join(migrations, `${stamp}_${name}`);
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, "migration.sql"), r.stdout);
  console.log(`${provider}: wrote ${dir}/migration.sql`);
}
