#!/usr/bin/env node
// Generates the Prisma client of each provider (run by `npm install`).
import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import { dirname, join } from "node:path";

const here = dirname(fileURLToPath(import.meta.url));
for (const provider of ["sqlite", "postgresql"]) {
  const r = spawnSync(
    process.execPath,
    [join(here, "run-prisma.mjs"), "generate", "--schema", `prisma/${provider}/schema.prisma`],
    { stdio: ["ignore", "ignore", "inherit"] },
  );
  if (r.status !== 0) process.exit(r.status ?? 1);
}
console.log("Prisma clients generated (sqlite, postgresql)");
