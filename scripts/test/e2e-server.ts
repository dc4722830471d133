/**
 * The server the browser tests run against (started by playwright.config.ts):
 * the existing production build, a fresh SQLite database with the demo data,
 * the production server (scripts/serve.mjs) on port 3100 (or E2E_PORT). Never touches data/nianbao.db.
 */
import { spawn, spawnSync } from "node:child_process";
import { existsSync, mkdirSync, rmSync } from "node:fs";
import { join } from "node:path";

const root = join(import.meta.dirname, "..", "..");
const nextBin = join(root, "node_modules", "next", "dist", "bin", "next");
const serveScript = join(root, "scripts", "serve.mjs");
const PORT = process.env.E2E_PORT ?? "3100";
const E2E_DIR = join(root, "data", "e2e");

// Everything the app reads, fixed for the tests (lib/env/env.ts validates these).
Object.assign(process.env, {
  DATABASE_URL: "file:./data/e2e/e2e.db",
  APP_URL: `http://localhost:${PORT}`,
  PORT,
  BETTER_AUTH_SECRET: "e2e-only-secret-not-for-production-0123456789",
  NIANBAO_DEMO_DATA: "1",
  LOGIN_RATE_LIMIT_MAX: "1000",
  LOGIN_RATE_LIMIT_WINDOW: "60",
  NEXT_TELEMETRY_DISABLED: "1",
});

function log(message: string) {
  console.error(`[e2e-server] ${message}`);
}

async function main() {
  process.chdir(root);
  if (!existsSync(join(root, ".next", "BUILD_ID"))) {
    log("no production build in .next: running next build…");
    const build = spawnSync(process.execPath, [nextBin, "build"], { cwd: root, stdio: ["ignore", 2, 2] });
    if (build.status !== 0) throw new Error(`next build failed (exit ${build.status})`);
  }

  rmSync(E2E_DIR, { recursive: true, force: true });
  mkdirSync(E2E_DIR, { recursive: true });
  // Imported after the environment is set: the modules read DATABASE_URL lazily.
  const { prepareDatabase } = await import("../lib/prepare-database");
  const { seeded } = await prepareDatabase(process.env.DATABASE_URL!, { demo: true });
  if (!seeded) throw new Error("the e2e database was not empty after recreating it");
  log("fresh database data/e2e/e2e.db migrated and seeded with the demo data");
  // Published (and unpublished) reports for the public-site specs (e2e/public-*.spec.ts).
  const { seedPublicFixtures } = await import("../../tests/fixtures/public-e2e-fixtures");
  await seedPublicFixtures(process.env.DATABASE_URL!);

  const server = spawn(process.execPath, [serveScript], {
    cwd: root,
    stdio: "inherit",
    env: { ...process.env, NODE_ENV: "production" },
  });
  for (const signal of ["SIGINT", "SIGTERM"] as const) process.on(signal, () => server.kill(signal));
  server.on("exit", (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
}

main().catch((error: unknown) => {
  console.error(`[e2e-server] ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
