/**
 * A production server of this app on a loopback port with a throwaway SQLite
 * database holding the demo data, for benchmarks that drive a browser.
 */
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { mkdirSync, rmSync } from "node:fs";
import { join } from "node:path";
import { createDb, type Db } from "@/lib/db/client";
import { buildIsCurrent } from "../../scripts/lib/build-is-current";
import { prepareDatabase } from "../../scripts/lib/prepare-database";

const root = join(import.meta.dirname, "..", "..");
const nextBin = join(root, "node_modules", "next", "dist", "bin", "next");

export interface AppServer {
  url: string;
  db: Db;
  stop(): Promise<void>;
}

async function waitUntilUp(url: string, child: ChildProcess): Promise<void> {
  for (let i = 0; i < 300; i++) {
    if (child.exitCode !== null) throw new Error(`server exited with ${child.exitCode}`);
    try {
      const r = await fetch(`${url}/login`);
      if (r.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error("server did not start within 60 s");
}

export async function startAppServer(port: number, label: string): Promise<AppServer> {
  if (!buildIsCurrent(root)) {
    const build = spawnSync(process.execPath, [nextBin, "build"], { cwd: root, stdio: "inherit", env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" } });
    if (build.status !== 0) throw new Error("next build failed");
  }
  const dir = join(root, "data", "bench", label);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const databaseUrl = `file:${join(dir, "app.db")}`;
  await prepareDatabase(databaseUrl, { demo: true });
  const url = `http://localhost:${port}`;
  const child = spawn(process.execPath, [nextBin, "start", "-p", String(port)], {
    cwd: root,
    stdio: "ignore",
    env: {
      ...process.env,
      NODE_ENV: "production",
      NEXT_TELEMETRY_DISABLED: "1",
      DATABASE_URL: databaseUrl,
      APP_URL: url,
      BETTER_AUTH_SECRET: "bench-secret-bench-secret-bench-secret-00",
      LOGIN_RATE_LIMIT_MAX: "1000",
    },
  });
  await waitUntilUp(url, child);
  const { db } = createDb(databaseUrl);
  return {
    url,
    db,
    async stop() {
      await db.$disconnect();
      child.kill("SIGTERM");
      await new Promise((r) => child.once("exit", r));
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
