/**
 * January on a province's servers: app servers on one PostgreSQL database
 * (scripts/test/two-servers.ts), clerks autosaving full reports, reviewers on
 * their dashboards and the public reading reports, all over real HTTP for a
 * fixed time. Run once with one server and once with two, in this one run, so
 * the scaling factor compares like with like on the same machine.
 *
 * - clerks: every LOAD_SAVE_EVERY_MS (2 s) each sends the editor's autosave
 *   (the server action, a full report with a few cells changed);
 * - reviewers: each loads its county's dashboard, then waits 2 s;
 * - readers: each loads a published report page, then waits 1 s.
 * Requests go round-robin over the servers, as a load balancer sends them.
 * Before the measured time every route is loaded once on every server.
 * Afterwards every report's version is checked against the saves that were
 * acknowledged: a lost or duplicated save shows as a mismatch.
 *
 * Env: LOAD_CLERKS (300), LOAD_REVIEWERS (30), LOAD_READERS (30),
 * LOAD_SECONDS (60), LOAD_SERVERS ("1,2").
 */
import { spawn } from "node:child_process";
import { createDb } from "@/lib/db/client";
import { getFormat } from "@/lib/format";
import { computeTotals, type GovReportData } from "@/lib/format/report-data";
import { setCellValues } from "@/lib/format/set-cell-values";
import { completeReport } from "../tests/db/support/complete-report";
import { callAction, load, serverActionId, signIn, type Timed } from "../tests/fixtures/app-http-client";
import { LOAD_PASSWORD, seedJanuaryLoad, type LoadScenario } from "./support/january-load-scenario";
import { processCpuSeconds } from "./support/process-cpu";
import { percentile } from "./support/stats";
import { ensureBuild, root } from "./support/start-app-server";
import { postgresReachable } from "../scripts/bench/bench-database";

const CLERKS = Number(process.env.LOAD_CLERKS ?? 300);
const REVIEWERS = Number(process.env.LOAD_REVIEWERS ?? 30);
const READERS = Number(process.env.LOAD_READERS ?? 30);
const SECONDS = Number(process.env.LOAD_SECONDS ?? 60);
const SAVE_EVERY_MS = 2000;
const COUNTIES = 10;
const configurations = (process.env.LOAD_SERVERS ?? "1,2").split(",").map(Number);
const format = getFormat("gov-2021");
const PUBLIC_PAGES = [
  "/reports/jixian/tunli/2020",
  "/reports/jixian/qu-e/2020",
  "/reports/wanzhou/wuling/2020",
  "/reports/jixian",
];

interface Cluster {
  servers: string[];
  /** The servers' process ids, for their CPU time. */
  pids: number[];
  databaseUrl: string;
  stop(): Promise<void>;
}

async function startCluster(count: number, portBase: number): Promise<Cluster> {
  // Node with tsx's loader, not tsx's CLI, which kills a child that is slow to confirm SIGTERM
  // and so left its servers and database behind (see e2e/support/cluster.ts).
  const child = spawn(process.execPath, ["--import", "tsx", "scripts/test/two-servers.ts"], {
    cwd: root,
    env: { ...process.env, MULTI_PORTS: `${portBase + 1},${portBase + 2}`, MULTI_SERVERS: String(count) },
    stdio: ["ignore", "pipe", "inherit"],
  });
  const ready = await new Promise<{ ports: string[]; pids: number[]; databaseUrl: string }>(
    (resolve, reject) => {
      let out = "";
      child.stdout!.on("data", (chunk: Buffer) => {
        out += chunk.toString();
        const line = out.split("\n").find((l) => l.startsWith("READY ") || l.startsWith("SKIP "));
        if (line?.startsWith("READY ")) resolve(JSON.parse(line.slice(6)));
        else if (line) reject(new Error(line));
      });
      child.on("exit", (code) => reject(new Error(`two-servers exited (${code})`)));
    },
  );
  return {
    servers: ready.ports.map((p) => `http://127.0.0.1:${p}`),
    pids: ready.pids,
    databaseUrl: ready.databaseUrl,
    stop: () =>
      new Promise<void>((resolve) => {
        child.once("exit", () => resolve());
        child.kill("SIGTERM");
      }),
  };
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

interface Samples {
  save: Timed[];
  dashboard: Timed[];
  page: Timed[];
}

async function drive(cluster: Cluster, scenario: LoadScenario, saveId: string) {
  const samples: Samples = { save: [], dashboard: [], page: [] };
  let next = 0;
  const server = () => cluster.servers[next++ % cluster.servers.length]!;
  // Sessions first (not measured): a sign-in is made on one server and used on all.
  const clerkCookies = new Map<string, string>();
  for (const clerk of scenario.clerks)
    clerkCookies.set(clerk.username, await signIn(server(), clerk.username, LOAD_PASSWORD));
  const reviewerCookies: { cookie: string; county: string }[] = [];
  for (let i = 0; i < REVIEWERS; i++) {
    const reviewer = scenario.reviewers[i % scenario.reviewers.length]!;
    reviewerCookies.push({
      cookie: await signIn(server(), reviewer.username, LOAD_PASSWORD),
      county: reviewer.county,
    });
  }

  // Warm-up (not measured): each route compiled and each server's caches filled once, as a
  // server that has been up for a while has them.
  for (const base of cluster.servers) {
    for (const page of PUBLIC_PAGES) await load(`${base}${page}`);
    const reviewer = reviewerCookies[0];
    if (reviewer) await load(`${base}/review/${reviewer.county}`, reviewer.cookie);
  }

  const acknowledged = new Map<string, number>();
  const until = Date.now() + SECONDS * 1000;
  const clerkLoop = async (index: number) => {
    const clerk = scenario.clerks[index]!;
    let version = 1;
    let data: GovReportData = completeReport();
    // Spread the first saves over the interval, as clerks do not all start on the same second.
    await sleep((index / scenario.clerks.length) * SAVE_EVERY_MS);
    for (let round = 1; Date.now() < until; round++) {
      const started = Date.now();
      data = computeTotals(
        format,
        setCellValues(format, data, {
          "T2.license.decisions": round,
          "T3.r01.c1": round % 7,
          "T3.r05.c1": round % 7,
        }),
      ) as GovReportData;
      const path = `/fill/${clerk.county}/${clerk.filingUnit}/${scenario.year}/s3`;
      const saved = await callAction(server(), path, saveId, clerkCookies.get(clerk.username)!, [
        { reportId: clerk.reportId, version, data },
      ]);
      samples.save.push(saved);
      if (saved.ok && typeof saved.data?.version === "number") {
        version = saved.data.version;
        acknowledged.set(clerk.reportId, (acknowledged.get(clerk.reportId) ?? 0) + 1);
      }
      await sleep(Math.max(0, SAVE_EVERY_MS - (Date.now() - started)));
    }
  };
  const reviewerLoop = async (index: number) => {
    const { cookie, county } = reviewerCookies[index]!;
    while (Date.now() < until) {
      samples.dashboard.push(await load(`${server()}/review/${county}`, cookie));
      await sleep(2000);
    }
  };
  const readerLoop = async (index: number) => {
    for (let i = index; Date.now() < until; i++) {
      samples.page.push(await load(`${server()}${PUBLIC_PAGES[i % PUBLIC_PAGES.length]}`));
      await sleep(1000);
    }
  };
  const started = Date.now();
  const cpuBefore = serversCpuSeconds(cluster);
  await Promise.all([
    ...scenario.clerks.map((_, i) => clerkLoop(i)),
    ...Array.from({ length: REVIEWERS }, (_, i) => reviewerLoop(i)),
    ...Array.from({ length: READERS }, (_, i) => readerLoop(i)),
  ]);
  const cpuAfter = serversCpuSeconds(cluster);
  const cpuSeconds = cpuBefore !== null && cpuAfter !== null ? cpuAfter - cpuBefore : null;
  return { samples, acknowledged, seconds: (Date.now() - started) / 1000, cpuSeconds };
}

/** The app servers' CPU seconds so far, all together (null without /proc). */
function serversCpuSeconds(cluster: Cluster): number | null {
  let total = 0;
  for (const pid of cluster.pids) {
    const seconds = processCpuSeconds(pid);
    if (seconds === null) return null;
    total += seconds;
  }
  return total;
}

function describe(label: string, timed: Timed[]) {
  const sorted = timed.map((t) => t.ms).sort((a, b) => a - b);
  const failed = timed.filter((t) => !t.ok).length;
  const at = (p: number) => (sorted.length ? percentile(sorted, p).toFixed(0) : "–");
  return `| ${label} | ${timed.length} | ${at(50)} | ${at(95)} | ${at(99)} | ${failed} |`;
}

async function runConfiguration(servers: number, portBase: number) {
  const cluster = await startCluster(servers, portBase);
  try {
    const { db } = createDb(cluster.databaseUrl);
    let scenario: LoadScenario;
    try {
      scenario = await seedJanuaryLoad(db, COUNTIES, Math.ceil(CLERKS / COUNTIES));
    } finally {
      await db.$disconnect();
    }
    scenario.clerks = scenario.clerks.slice(0, CLERKS);
    const saveId = serverActionId(root, "saveReportAction", "/fill/");
    const { samples, acknowledged, seconds, cpuSeconds } = await drive(cluster, scenario, saveId);
    const { db: check } = createDb(cluster.databaseUrl);
    let lost = 0;
    try {
      const reports = await check.report.findMany({
        where: { id: { in: scenario.clerks.map((c) => c.reportId) } },
        select: { id: true, version: true },
      });
      for (const r of reports) if (r.version !== 1 + (acknowledged.get(r.id) ?? 0)) lost += 1;
    } finally {
      await check.$disconnect();
    }
    const total = samples.save.length + samples.dashboard.length + samples.page.length;
    return {
      servers,
      seconds,
      samples,
      lost,
      cpuSeconds,
      throughput: total / seconds,
      saveThroughput: samples.save.length / seconds,
    };
  } finally {
    await cluster.stop();
  }
}

if (!(await postgresReachable())) {
  console.log("PostgreSQL not reachable on 127.0.0.1: the January load test needs it; skipped");
} else {
  ensureBuild();
  const results = [];
  for (const [i, servers] of configurations.entries())
    // Ports of their own, apart from the e2e servers' (3100 and up).
    results.push(await runConfiguration(servers, 4700 + i * 10));
  console.log(
    `\nJanuary load: ${CLERKS} clerks saving every ${SAVE_EVERY_MS / 1000} s, ${REVIEWERS} reviewers, ${READERS} readers, ${SECONDS} s\n`,
  );
  for (const r of results) {
    console.log(
      `${r.servers} server(s): ${r.throughput.toFixed(1)} req/s in all, ${r.saveThroughput.toFixed(1)} saves/s; reports whose version ≠ acknowledged saves: ${r.lost}`,
    );
    const requests = r.samples.save.length + r.samples.dashboard.length + r.samples.page.length;
    if (r.cpuSeconds !== null)
      console.log(
        `app servers' CPU: ${r.cpuSeconds.toFixed(1)} s in all, ${((r.cpuSeconds * 1000) / Math.max(1, requests)).toFixed(1)} ms per request`,
      );
    console.log("| request | n | p50 ms | p95 ms | p99 ms | failed |\n|---|---|---|---|---|---|");
    console.log(describe("save (autosave action)", r.samples.save));
    console.log(describe("dashboard", r.samples.dashboard));
    console.log(describe("public report page", r.samples.page));
    console.log("");
  }
  const [one, two] = results;
  if (one && two)
    console.log(
      `scaling: ${(two.throughput / one.throughput).toFixed(2)}× the requests per second with two servers`,
    );
}
