/**
 * A throwaway PostgreSQL database with the multi-server scenario, and the app
 * servers scripts/test/two-servers.ts starts on it (none when asked for none).
 * `cluster` is null, with the reason in `skipReason`, when PostgreSQL cannot be reached.
 */
import { spawn } from "node:child_process";
import { join } from "node:path";

export interface Cluster {
  ports: string[];
  databaseUrl: string;
  scenario: {
    save: { county: string; filingUnit: string; year: number; reportId: string; clerk: string };
    publish: { county: string; filingUnit: string; year: number };
    correct: { county: string; filingUnit: string; year: number; marker: string };
    cliImport: { county: string; filingUnit: string; year: number; file: string };
  };
}

const root = join(import.meta.dirname, "..", "..");

export async function startCluster(
  ports: number[],
  env: Record<string, string> = {},
): Promise<{ cluster: Cluster | null; skipReason: string; stop: () => Promise<void> }> {
  // Node with tsx's loader, not the tsx command: that relays SIGTERM and, if the script does
  // not confirm it within 30 ms, kills it outright, leaving its servers and database behind.
  const child = spawn(process.execPath, ["--import", "tsx", "scripts/test/two-servers.ts"], {
    cwd: root,
    env: { ...process.env, MULTI_PORTS: ports.join(","), MULTI_SERVERS: String(ports.length), ...env },
    stdio: ["ignore", "pipe", "inherit"],
  });
  const stop = async () => {
    if (child.exitCode !== null) return;
    const exited = new Promise((resolve) => child.once("exit", resolve));
    child.kill("SIGTERM");
    await exited;
  };
  const started = await new Promise<string>((resolve, reject) => {
    let out = "";
    child.stdout.on("data", (chunk: Buffer) => {
      out += chunk.toString();
      const line = out.split("\n").find((l) => l.startsWith("READY ") || l.startsWith("SKIP "));
      if (line) resolve(line);
    });
    child.on("exit", (code) => reject(new Error(`two-servers exited (${code}) before it was ready: ${out}`)));
  });
  if (started.startsWith("SKIP ")) return { cluster: null, skipReason: started.slice(5), stop };
  return { cluster: JSON.parse(started.slice(6)) as Cluster, skipReason: "", stop };
}
