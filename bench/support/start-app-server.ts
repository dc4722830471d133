/**
 * A production server of this app for the benchmarks that drive it over
 * HTTP or in a browser: `next start` on a loopback port with a throwaway
 * SQLite database under data/bench/<label> holding the demo data.
 */
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { mkdirSync, rmSync } from "node:fs";
import { join } from "node:path";
import { createDb, type Db } from "@/lib/db/client";
import { buildIsCurrent } from "../../scripts/lib/build-is-current";
import { prepareDatabase } from "../../scripts/lib/prepare-database";

export const root = join(import.meta.dirname, "..", "..");
const nextBin = join(root, "node_modules", "next", "dist", "bin", "next");

/** Builds once when the build is older than the sources. */
export function ensureBuild(): void {
  if (buildIsCurrent(root)) return;
  console.log("▶ next build (the build is older than the sources)…");
  const build = spawnSync(process.execPath, [nextBin, "build"], {
    cwd: root,
    stdio: "inherit",
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" },
  });
  if (build.status !== 0) throw new Error("next build failed");
}

/** A fresh demo database under data/bench/<label>; returns its URL and a remover. */
export async function prepareBenchDatabase(label: string): Promise<{ databaseUrl: string; remove(): void }> {
  const dir = join(root, "data", "bench", label);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const databaseUrl = `file:${join(dir, "app.db")}`;
  await prepareDatabase(databaseUrl, { demo: true });
  return { databaseUrl, remove: () => rmSync(dir, { recursive: true, force: true }) };
}

async function waitUntilUp(url: string, child: ChildProcess): Promise<void> {
  for (let i = 0; i < 300; i++) {
    if (child.exitCode !== null) throw new Error(`server exited with ${child.exitCode}`);
    try {
      if ((await fetch(`${url}/login`)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error("server did not start within 60 s");
}

export interface ProductionServer {
  url: string;
  stop(): Promise<void>;
}

/**
 * The production server (scripts/serve.mjs, what `npm start` runs) on 127.0.0.1:<port> against
 * `databaseUrl`, once it answers.
 */
export async function startProductionServer(port: number, databaseUrl: string): Promise<ProductionServer> {
  const url = `http://127.0.0.1:${port}`;
  const child = spawn(process.execPath, [join(root, "scripts", "serve.mjs")], {
    cwd: root,
    stdio: "ignore",
    env: {
      ...process.env,
      NODE_ENV: "production",
      NEXT_TELEMETRY_DISABLED: "1",
      DATABASE_URL: databaseUrl,
      APP_URL: url,
      PORT: String(port),
      HOSTNAME: "127.0.0.1",
      BETTER_AUTH_SECRET: "bench-secret-bench-secret-bench-secret-00",
      LOGIN_RATE_LIMIT_MAX: "1000",
    },
  });
  await waitUntilUp(url, child);
  return {
    url,
    async stop() {
      if (child.exitCode !== null) return;
      child.kill("SIGTERM");
      await new Promise((r) => child.once("exit", r));
    },
  };
}

export interface AppServer extends ProductionServer {
  db: Db;
}

/** Build if needed, a demo database, a server: everything a browser benchmark needs. */
export async function startAppServer(port: number, label: string): Promise<AppServer> {
  ensureBuild();
  const database = await prepareBenchDatabase(label);
  const server = await startProductionServer(port, database.databaseUrl);
  const { db } = createDb(database.databaseUrl);
  return {
    url: server.url,
    db,
    async stop() {
      await db.$disconnect();
      await server.stop();
      database.remove();
    },
  };
}
