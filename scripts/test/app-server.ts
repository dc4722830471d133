/**
 * One production app server (scripts/serve.mjs, what `npm start` runs) for
 * the tests that run several on one throwaway database: scripts/test/two-servers.ts
 * and e2e/graceful-shutdown.spec.ts, which stops its own.
 */
import { spawn, type ChildProcess, type StdioOptions } from "node:child_process";
import { join } from "node:path";

const root = join(import.meta.dirname, "..", "..");
const serve = join(root, "scripts", "serve.mjs");

export function startAppServer(
  port: string,
  databaseUrl: string,
  options: {
    env?: Record<string, string | undefined>;
    stdio?: StdioOptions;
    /** Node flags for the server, e.g. --cpu-prof (Node 20 refuses it in NODE_OPTIONS). */
    nodeArgs?: string[];
  } = {},
): ChildProcess {
  return spawn(process.execPath, [...(options.nodeArgs ?? []), serve], {
    cwd: root,
    stdio: options.stdio ?? ["ignore", "ignore", "inherit"],
    env: {
      ...process.env,
      NODE_ENV: "production",
      NEXT_TELEMETRY_DISABLED: "1",
      DATABASE_URL: databaseUrl,
      APP_URL: `http://localhost:${port}`,
      PORT: port,
      // The same secret on every server: a session made on one is valid on the others.
      BETTER_AUTH_SECRET: "multi-server-test-secret-0123456789abcdef",
      NIANBAO_DEMO_DATA: "0",
      ...options.env,
    },
  });
}

export async function waitForHealth(port: string, server: ChildProcess): Promise<void> {
  const until = Date.now() + 60_000;
  while (Date.now() < until) {
    if (server.exitCode !== null) throw new Error(`server on port ${port} exited with ${server.exitCode}`);
    try {
      if ((await fetch(`http://127.0.0.1:${port}/healthz`)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`server on port ${port} did not answer /healthz within 60 s`);
}
