/**
 * The test runner's build stage: `next build` unless .next already holds a
 * production build newer than every source file (scripts/lib/build-is-current.ts).
 * NIANBAO_FORCE_BUILD=1 always builds.
 */
import { spawnSync } from "node:child_process";
import { join } from "node:path";
import { buildIsCurrent } from "../lib/build-is-current";

const root = join(import.meta.dirname, "..", "..");
const nextBin = join(root, "node_modules", "next", "dist", "bin", "next");

if (process.env.NIANBAO_FORCE_BUILD !== "1" && buildIsCurrent(root)) {
  console.log(
    "The production build in .next is current; skipping next build (NIANBAO_FORCE_BUILD=1 forces it).",
  );
  process.exit(0);
}
const build = spawnSync(process.execPath, [nextBin, "build"], {
  cwd: root,
  stdio: "inherit",
  env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" },
});
process.exit(build.status ?? 1);
