/**
 * `npm run bench`: runs every bench/*.bench.ts in its own process, one after
 * another (benchmarks must not compete for the two cores), and fails when any does.
 */
import { spawnSync } from "node:child_process";
import { readdirSync } from "node:fs";
import { join } from "node:path";

const dir = import.meta.dirname;
const tsx = join(dir, "..", "node_modules", "tsx", "dist", "cli.mjs");
const only = process.argv.slice(2);
const files = readdirSync(dir)
  .filter((f) => f.endsWith(".bench.ts") || f.endsWith(".bench.tsx"))
  .filter((f) => only.length === 0 || only.some((o) => f.includes(o)))
  .sort();
let failed = 0;
for (const file of files) {
  console.log(`\n━━ ${file}`);
  const r = spawnSync(process.execPath, [tsx, join(dir, file)], { stdio: "inherit", env: process.env });
  if (r.status !== 0) {
    failed += 1;
    console.error(`✘ ${file} exited with ${r.status ?? r.signal}`);
  }
}
console.log(`\n${files.length - failed} benchmark file(s) passed, ${failed} failed`);
process.exitCode = failed > 0 ? 1 : 0;
