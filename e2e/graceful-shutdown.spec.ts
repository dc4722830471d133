/**
 * Graceful shutdown of a production app server (docs/deploy.md, "Starting,
 * upgrading, stopping" item 5; scripts/serve.mjs, lib/http/graceful-shutdown.mjs):
 * a save in flight when SIGTERM arrives is finished, acknowledged and stored;
 * /readyz answers 503 at once; idle connections are closed, new ones refused,
 * and the process exits by itself (status 0) as soon as the save is done. A
 * save still unfinished when SHUTDOWN_GRACE_MS runs out is cut off: its client
 * sees the connection end, and nothing of it is stored (status 1).
 *
 * On PostgreSQL, the province's database, with the same throwaway database and
 * scenario as e2e/multi-server.spec.ts (scripts/test/two-servers.ts, asked for
 * no servers of its own): each test starts and stops its own `node
 * scripts/serve.mjs`, so no other test's server is ever stopped. PostgreSQL
 * also gives the cut-off test its determinism: a row lock held by the test
 * stops the save inside its transaction, after it has written the report's new
 * version, and pg_stat_activity shows when it is there. Skipped, saying why,
 * when PostgreSQL cannot be reached.
 */
import type { ChildProcess } from "node:child_process";
import { join } from "node:path";
import { expect, test } from "@playwright/test";
import pg from "pg";
import { getFormat } from "../lib/format";
import { computeTotals } from "../lib/format/compute-totals";
import { setCellValues } from "../lib/format/set-cell-values";
import { startAppServer, waitForHealth } from "../scripts/test/app-server";
import { completeReport } from "../tests/db/support/complete-report";
import { actionHeaders, actionResult, serverActionId, signIn } from "../tests/fixtures/app-http-client";
import { startCluster, type Cluster } from "./support/cluster";
import { DEMO_PASSWORD } from "./support/login";
import { getHead, RawConnection } from "./support/raw-http";

const root = join(import.meta.dirname, "..");
const basePort = Number(process.env.E2E_PORT ?? 3100);

let cluster: Cluster | null = null;
let skipReason = "";
let stopCluster: () => Promise<void> = async () => {};
let server: ChildProcess | null = null;

test.describe.configure({ mode: "serial" });

test.beforeAll(async () => {
  test.setTimeout(180_000);
  ({ cluster, skipReason, stop: stopCluster } = await startCluster([]));
});

test.afterAll(async () => {
  await stopCluster();
});

test.beforeEach(() => {
  test.skip(!cluster, `停机测试已跳过：${skipReason}`);
});

test.afterEach(() => {
  // A test that failed before its server exited leaves nothing running.
  if (server && server.exitCode === null && server.signalCode === null) server.kill("SIGKILL");
  server = null;
});

/** Starts a server of this test's own; resolves once it answers, with its exit status to come. */
async function ownServer(port: number, env: Record<string, string> = {}) {
  server = startAppServer(String(port), cluster!.databaseUrl, { env });
  const exited = new Promise<number | null>((resolve) => server!.once("exit", (code) => resolve(code)));
  await waitForHealth(String(port), server);
  return { process: server, exited, origin: `http://localhost:${port}` };
}

async function withDatabase<T>(query: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: cluster!.databaseUrl });
  await client.connect();
  try {
    return await query(client);
  } finally {
    await client.end();
  }
}

async function storedReport(reportId: string) {
  return withDatabase(async (client) => {
    const report = await client.query<{ version: number; data: unknown }>(
      'SELECT version, data FROM "Report" WHERE id = $1',
      [reportId],
    );
    const events = await client.query<{ count: string }>(
      'SELECT count(*) FROM "ReportEvent" WHERE "reportId" = $1',
      [reportId],
    );
    return { ...report.rows[0]!, events: Number(events.rows[0]!.count) };
  });
}

/** The save the editor sends: the report's data with one number changed, at the version it read. */
function saveRequest(origin: string, cookie: string, version: number, value: number) {
  const { county, filingUnit, year, reportId } = cluster!.scenario.save;
  const format = getFormat("gov-2021");
  const data = computeTotals(
    format,
    setCellValues(format, completeReport(), { "T2.license.decisions": value }),
  );
  const body = Buffer.from(JSON.stringify([{ reportId, version, data }]));
  const headers = Object.entries({
    ...actionHeaders(origin, serverActionId(root, "saveReportAction", "/fill/"), cookie),
    host: new URL(origin).host,
    "content-length": String(body.length),
  })
    .map(([name, value]) => `${name}: ${value}\r\n`)
    .join("");
  const head = `POST /fill/${county}/${filingUnit}/${year}/s3 HTTP/1.1\r\n${headers}\r\n`;
  return { head, body, data };
}

async function until<T>(what: string, probe: () => Promise<T | undefined>): Promise<T> {
  for (let tries = 0; tries < 200; tries++) {
    const value = await probe();
    if (value !== undefined) return value;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error(`${what}: not seen within 200 tries`);
}

test("a save in flight at SIGTERM is finished, acknowledged and stored; the server then exits by itself", async () => {
  test.setTimeout(120_000);
  const port = basePort + 103;
  const { process: app, exited, origin } = await ownServer(port);
  const { reportId, clerk } = cluster!.scenario.save;
  const cookie = await signIn(origin, clerk, DEMO_PASSWORD);
  const before = await storedReport(reportId);
  const save = saveRequest(origin, cookie, before.version, 41);

  // Four connections, each used once, so that the server has accepted them and keeps them alive.
  const [idle, readiness, liveness, saving] = await Promise.all(
    [0, 1, 2, 3].map(() => RawConnection.open(port)),
  );
  for (const connection of [idle!, readiness!, liveness!, saving!]) {
    await connection.send(`${getHead("/healthz", port)}\r\n`);
    expect((await connection.response()).status).toBe(200);
  }
  // Requests under way: readiness and liveness asked, but for the blank line that ends their
  // headers; the save sent but for the second half of its body.
  const half = Math.floor(save.body.length / 2);
  await readiness!.send(getHead("/readyz", port));
  await liveness!.send(getHead("/healthz", port));
  await saving!.send(save.head);
  await saving!.send(save.body.subarray(0, half));
  // The server reads every connection that has bytes waiting each time it looks, so once it
  // answers a request sent after all of those, it has read them: they are in flight.
  await idle!.send(`${getHead("/healthz", port)}\r\n`);
  expect((await idle!.response()).status).toBe(200);

  const signalled = Date.now();
  app.kill("SIGTERM");
  // The idle kept-alive connection is closed, and no new connection is accepted.
  await idle!.closed;
  await expect(RawConnection.open(port)).rejects.toMatchObject({ code: "ECONNREFUSED" });

  await readiness!.send("\r\n");
  const ready = await readiness!.response();
  expect(ready.status).toBe(503);
  expect(JSON.parse(ready.body)).toMatchObject({ ready: false, draining: true });
  expect(ready.headers.connection).toBe("close");
  await liveness!.send("\r\n");
  const live = await liveness!.response();
  expect(live.status).toBe(200);
  expect(JSON.parse(live.body)).toEqual({ status: "ok" });

  await saving!.send(save.body.subarray(half));
  const saved = await saving!.response();
  expect(saved.status).toBe(200);
  expect(saved.headers.connection).toBe("close");
  const result = actionResult(saved.body);
  expect(result).toMatchObject({ ok: true, data: { version: before.version + 1 } });

  // Status 0: the server stopped because nothing was left in flight, not at the 10 s cap (status 1).
  expect(await exited).toBe(0);
  console.log(`exited ${Date.now() - signalled} ms after SIGTERM (cap 10000 ms)`);
  const after = await storedReport(reportId);
  expect(after.version).toBe(before.version + 1);
  expect(after.data).toEqual(JSON.parse(JSON.stringify(save.data)));
  expect(after.events).toBe(before.events + 1);
});

test("a save still unfinished at the grace period's end is cut off: not acknowledged, nothing of it stored", async () => {
  test.setTimeout(120_000);
  const port = basePort + 104;
  const { process: app, exited, origin } = await ownServer(port, { SHUTDOWN_GRACE_MS: "1500" });
  const { reportId, clerk } = cluster!.scenario.save;
  const cookie = await signIn(origin, clerk, DEMO_PASSWORD);
  const before = await storedReport(reportId);
  const save = saveRequest(origin, cookie, before.version, 42);

  const locker = new pg.Client({ connectionString: cluster!.databaseUrl });
  await locker.connect();
  try {
    // The clerk's account row locked: the save's transaction, having written the report's new
    // version, waits where its audit event refers to the account.
    await locker.query("BEGIN");
    await locker.query('SELECT id FROM "User" WHERE username = $1 FOR UPDATE', [clerk]);
    const lockerPid = (await locker.query<{ pid: number }>("SELECT pg_backend_pid() AS pid")).rows[0]!.pid;
    const saving = await RawConnection.open(port);
    await saving.send(Buffer.concat([Buffer.from(save.head), save.body]));
    const blocked = await until("the save waiting on the lock", () =>
      withDatabase(async (client) => {
        const rows = await client.query<{ pid: number; query: string }>(
          "SELECT pid, query FROM pg_stat_activity WHERE $1 = ANY(pg_blocking_pids(pid))",
          [lockerPid],
        );
        return rows.rows[0];
      }),
    );
    expect(blocked.query).toMatch(/INSERT INTO "public"\."ReportEvent"/);

    app.kill("SIGTERM");
    // Status 1: the grace period ran out with the save still in flight, and it was cut off.
    expect(await exited).toBe(1);
    await expect(saving.response()).rejects.toThrow(/ended before a complete response/);

    // The save's transaction never commits: its connection is gone, so once it may go on it
    // finds no client and is rolled back.
    await locker.query("ROLLBACK");
    await until("the save's database session to end", () =>
      withDatabase(async (client) => {
        const rows = await client.query("SELECT 1 FROM pg_stat_activity WHERE pid = $1", [blocked.pid]);
        return rows.rowCount === 0 ? true : undefined;
      }),
    );
  } finally {
    await locker.end();
  }
  const after = await storedReport(reportId);
  expect(after).toEqual(before);
});
