/**
 * Two app servers on one throwaway PostgreSQL database, as a province runs
 * them behind a load balancer (e2e/multi-server.spec.ts, bench/january-load).
 *
 * Creates the database (migrated, demo data, the reports the tests act on),
 * starts the production server (scripts/serve.mjs, what `npm start` runs)
 * twice from the existing production build, waits until
 * both answer /healthz, prints one line `READY {json}` and keeps running until
 * SIGTERM/SIGINT, then stops both and drops the database.
 * Exits with status 3 and a line `SKIP <reason>` when PostgreSQL cannot be
 * reached (the database suite skips the same way).
 *
 * Environment: MULTI_PORTS ("3301,3302"), PG_TEST_ADMIN_URL (loopback only),
 * LOGIN_ACCOUNT_RATE_LIMIT_MAX for both servers, MULTI_SERVERS (0 to 2; 0:
 * the database only, for a test that starts and stops its own servers),
 * MULTI_NODE_ARGS: Node flags for each server, space-separated (e.g. "--cpu-prof
 * --cpu-prof-dir=/tmp/prof": Node 20 refuses --cpu-prof in NODE_OPTIONS).
 */
import type { ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import { existsSync } from "node:fs";
import { join } from "node:path";
import pg from "pg";
import { startAppServer, waitForHealth } from "./app-server";

const root = join(import.meta.dirname, "..", "..");
const adminUrl = process.env.PG_TEST_ADMIN_URL ?? "postgresql://postgres@127.0.0.1:5432/postgres";
const ports = (process.env.MULTI_PORTS ?? "3301,3302").split(",").map((p) => p.trim());
const serverCount = Number(process.env.MULTI_SERVERS ?? ports.length);
const nodeArgs = (process.env.MULTI_NODE_ARGS ?? "").split(" ").filter(Boolean);
const database = `nianbao_multi_${randomBytes(5).toString("hex")}`;
const databaseUrl = (() => {
  const url = new URL(adminUrl);
  url.pathname = `/${database}`;
  return url.toString();
})();

function log(message: string) {
  console.error(`[two-servers] ${message}`);
}

async function admin(sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: adminUrl, connectionTimeoutMillis: 3000 });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

/** The reports the multi-server tests act on, besides the demo data. */
async function seedScenario(): Promise<Record<string, unknown>> {
  const { createDb } = await import("@/lib/db/client");
  const { insertPublishedReport, insertUnpublishedReport, beijing } =
    await import("../../tests/fixtures/published-report");
  const { gov2021Report } = await import("../../tests/fixtures/report-data");
  const { db } = createDb(databaseUrl);
  try {
    const filingUnit = async (code: string) =>
      (await db.filingUnit.findFirstOrThrow({ where: { code, county: { code: "jixian" } } })).id;
    // Approved, never published: published through server A.
    await insertUnpublishedReport(db, {
      filingUnitId: await filingUnit("jichang"),
      year: 2024,
      formatId: "gov-2021",
      status: "approved",
      data: gov2021Report(),
    });
    // Published, then a correction approved: its publication is revision 2.
    const { reportId } = await insertPublishedReport(db, {
      filingUnitId: await filingUnit("hukou"),
      year: 2023,
      formatId: "gov-2021",
      revisions: [
        {
          data: gov2021Report({}, { s1: "初版总体情况：本年度壶口镇主动公开政府信息。" }),
          publishedAt: beijing("2024-01-20T10:00:00"),
        },
      ],
    });
    const corrected = gov2021Report({}, { s1: "更正后的总体情况：本年度壶口镇主动公开政府信息并已更正。" });
    await db.report.update({
      where: { id: reportId },
      data: { status: "approved", data: JSON.parse(JSON.stringify(corrected)) },
    });
    // A draft the clerk of 曲峨镇 saves while the database drops every connection.
    const { currentReportYear } = await import("@/lib/reporting/report-year");
    const { completeReport } = await import("../../tests/db/support/complete-report");
    const draftYear = currentReportYear(new Date());
    const draft = await db.report.create({
      data: {
        filingUnitId: await filingUnit("qu-e"),
        year: draftYear,
        formatId: "gov-2021",
        status: "draft",
        data: JSON.parse(JSON.stringify(completeReport())),
      },
    });
    return {
      save: {
        county: "jixian",
        filingUnit: "qu-e",
        year: draftYear,
        reportId: draft.id,
        clerk: "qu-e-clerk",
      },
      publish: { county: "jixian", filingUnit: "jichang", year: 2024 },
      correct: { county: "jixian", filingUnit: "hukou", year: 2023, marker: "更正后的总体情况" },
      cliImport: {
        county: "jixian",
        filingUnit: "jichang",
        year: 2020,
        file: "lib/demo/seeds/000-tunli-2020.txt",
      },
    };
  } finally {
    await db.$disconnect();
  }
}

const servers: ChildProcess[] = [];
let stopping = false;

async function stop(code: number): Promise<never> {
  if (!stopping) {
    stopping = true;
    await Promise.all(
      servers.map(
        (s) =>
          new Promise<void>((resolve) => {
            if (s.exitCode !== null) return resolve();
            s.once("exit", () => resolve());
            s.kill("SIGTERM");
            setTimeout(() => s.kill("SIGKILL"), 10_000).unref();
          }),
      ),
    );
    await admin(`DROP DATABASE IF EXISTS "${database}" WITH (FORCE)`).catch((e: Error) => log(e.message));
  }
  process.exit(code);
}

async function main() {
  try {
    await admin("SELECT 1");
  } catch (error) {
    console.log(`SKIP PostgreSQL 不可用（${adminUrl}）：${(error as Error).message}`);
    process.exit(3);
  }
  if (!existsSync(join(root, ".next", "BUILD_ID")))
    throw new Error("no production build in .next (run next build)");
  await admin(`CREATE DATABASE "${database}"`);
  for (const signal of ["SIGINT", "SIGTERM"] as const) process.on(signal, () => void stop(0));
  process.env.DATABASE_URL = databaseUrl;
  const { prepareDatabase } = await import("../lib/prepare-database");
  await prepareDatabase(databaseUrl, { demo: true });
  const scenario = await seedScenario();
  log(`database ${database} migrated and seeded`);

  for (const port of ports.slice(0, serverCount)) {
    const server = startAppServer(port, databaseUrl, {
      nodeArgs,
      env: {
        // One account's failed sign-ins are limited wherever they arrive; addresses are not the subject here.
        LOGIN_ACCOUNT_RATE_LIMIT_MAX: process.env.LOGIN_ACCOUNT_RATE_LIMIT_MAX ?? "6",
        LOGIN_RATE_LIMIT_MAX: "1000",
      },
    });
    servers.push(server);
    server.on("exit", (code) => {
      if (!stopping) {
        log(`server on port ${port} exited (${code})`);
        void stop(1);
      }
    });
  }
  await Promise.all(servers.map((s, i) => waitForHealth(ports[i] ?? "", s)));
  const pids = servers.map((s) => s.pid);
  console.log(`READY ${JSON.stringify({ ports: ports.slice(0, serverCount), pids, databaseUrl, scenario })}`);
  // Without servers nothing else would keep the process, and its database, until the signal.
  setInterval(() => {}, 3_600_000);
}

main().catch((error: unknown) => {
  log(error instanceof Error ? error.message : String(error));
  void stop(1);
});
