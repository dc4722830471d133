/**
 * Throughput of the public report page under load: requests per second and
 * p99 latency at 50 concurrent connections on loopback (autocannon), beside
 * a static HTML copy of the same page served by the same server in the same
 * run. The report page is cached as HTML after its first visit, stored as a
 * plain document without scripts (lib/page-cache), and the production server
 * sends a fresh cached page itself (serve-cached-page.mjs); the goal is at
 * least 85 % of the static rate, on one server and on two servers of the same
 * database with the load split between them (as behind a load balancer).
 *
 * Method: one warm-up per target, then BENCH_ROUNDS rounds alternating
 * report page and static file, BENCH_SECONDS each; medians over rounds.
 * For scale, each round also loads the smallest page of the same layout
 * (a cached 404 page): what the cache path costs apart from the bytes sent.
 * Env: BENCH_ROUNDS=5 BENCH_SECONDS=10 BENCH_CONNECTIONS=50. Exits non-zero
 * when the goal is missed on one server; the two-server ratio is reported.
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import autocannon from "autocannon";
import { PUBLIC_FIXTURES as F } from "../tests/fixtures/public-e2e-data";
import {
  ensureBuild,
  preparePublicDatabase,
  root,
  startProductionServer,
} from "./support/public-site-server";
import { writeStaticCopy } from "./support/static-copy";

const PORT = 3190;
const ROUNDS = Math.max(3, Number(process.env.BENCH_ROUNDS ?? 5));
const SECONDS = Math.max(5, Number(process.env.BENCH_SECONDS ?? 10));
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 50);
const GOAL_RATIO = 0.85;
const REPORT = `/reports/${F.county}/${F.corrected.filingUnit}/${F.corrected.year}`;
const STATIC_NAME = "bench-static.html";

interface Run {
  rps: number;
  p99: number;
  p50: number;
  non2xx: number;
  errors: number;
}

async function loadOne(url: string, seconds: number, connections: number): Promise<Run> {
  const result = await autocannon({ url, connections, duration: seconds, pipelining: 1 });
  return {
    rps: result.requests.average,
    p99: result.latency.p99,
    p50: result.latency.p50,
    non2xx: result.non2xx,
    errors: result.errors + result.timeouts,
  };
}

/** The same path on every server at once, the connections split between them; rates add up. */
async function load(bases: readonly string[], path: string, seconds: number): Promise<Run> {
  const runs = await Promise.all(
    bases.map((base) => loadOne(`${base}${path}`, seconds, Math.ceil(CONNECTIONS / bases.length))),
  );
  return {
    rps: runs.reduce((sum, r) => sum + r.rps, 0),
    p99: Math.max(...runs.map((r) => r.p99)),
    p50: median(runs.map((r) => r.p50)),
    non2xx: runs.reduce((sum, r) => sum + r.non2xx, 0),
    errors: runs.reduce((sum, r) => sum + r.errors, 0),
  };
}

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
};

interface Measured {
  report: { rps: number; p50: number; p99: number };
  static: { rps: number; p50: number; p99: number };
  notFoundPage: { rps: number; p50: number; p99: number };
  failures: number;
  ratio: number;
}

const summary = (runs: Run[]) => ({
  rps: median(runs.map((r) => r.rps)),
  p50: median(runs.map((r) => r.p50)),
  p99: median(runs.map((r) => r.p99)),
});

/** BENCH_ROUNDS rounds of report page, static copy and 404 page, each on every server at once. */
async function measure(bases: readonly string[], copyPath: string): Promise<Measured> {
  const page: Run[] = [];
  const copy: Run[] = [];
  const floor: Run[] = [];
  await load(bases, REPORT, 3);
  await load(bases, copyPath, 3);
  for (let round = 1; round <= ROUNDS; round++) {
    page.push(await load(bases, REPORT, SECONDS));
    copy.push(await load(bases, copyPath, SECONDS));
    floor.push(await load(bases, "/reports/nowhere", SECONDS));
    const [p, c, f] = [page.at(-1)!, copy.at(-1)!, floor.at(-1)!];
    console.log(
      `  round ${round}: report ${p.rps.toFixed(0)} req/s p99 ${p.p99} ms · static ${c.rps.toFixed(0)} req/s p99 ${c.p99} ms · 404 page ${f.rps.toFixed(0)} req/s`,
    );
  }
  // The 404 page answers 404 by design: only the two measured targets count.
  const failures = [...page, ...copy].reduce((n, r) => n + r.non2xx + r.errors, 0);
  const report = summary(page);
  const staticCopy = summary(copy);
  return {
    report,
    static: staticCopy,
    notFoundPage: summary(floor),
    failures,
    ratio: report.rps / staticCopy.rps,
  };
}

function print(label: string, bytes: number, m: Measured) {
  console.log(`\n${label}:\n\n| target | req/s (median) | p50 ms | p99 ms |\n|---|---|---|---|`);
  console.log(
    `| report page (cached HTML, ${bytes} bytes) | ${m.report.rps.toFixed(0)} | ${m.report.p50} | ${m.report.p99} |`,
  );
  console.log(
    `| same page as static HTML | ${m.static.rps.toFixed(0)} | ${m.static.p50} | ${m.static.p99} |`,
  );
  const f = m.notFoundPage;
  console.log(`| smallest page (404, cached), for scale | ${f.rps.toFixed(0)} | ${f.p50} | ${f.p99} |`);
  console.log(
    `\nratio report/static: ${(m.ratio * 100).toFixed(0)}% (goal ≥ ${GOAL_RATIO * 100}%); 404 page/static: ${((f.rps / m.static.rps) * 100).toFixed(0)}%; non-2xx or errors: ${m.failures}`,
  );
}

async function main() {
  ensureBuild();
  const database = await preparePublicDatabase("public-report");
  let html = "";
  {
    const server = await startProductionServer(PORT, database.databaseUrl);
    try {
      const response = await fetch(`${server.url}${REPORT}`);
      if (response.status !== 200) throw new Error(`${REPORT} answered ${response.status}`);
      html = await response.text();
    } finally {
      await server.stop();
    }
  }
  const copyFile = writeStaticCopy(STATIC_NAME, html);
  const first = await startProductionServer(PORT, database.databaseUrl);
  let one: Measured;
  let two: Measured;
  try {
    console.log(
      `▶ ${REPORT} (${html.length} bytes) vs ${copyFile.path}: ${CONNECTIONS} connections, ${ROUNDS} × ${SECONDS}s each`,
    );
    console.log("one server:");
    one = await measure([first.url], copyFile.path);
    const second = await startProductionServer(PORT + 1, database.databaseUrl);
    try {
      console.log("two servers, connections split between them:");
      two = await measure([first.url, second.url], copyFile.path);
    } finally {
      await second.stop();
    }
  } finally {
    await first.stop();
    copyFile.remove();
    database.remove();
  }
  print("One server", html.length, one);
  print("Two servers", html.length, two);
  mkdirSync(join(root, "bench", "results"), { recursive: true });
  writeFileSync(
    join(root, "bench", "results", "public-report.json"),
    JSON.stringify(
      {
        connections: CONNECTIONS,
        rounds: ROUNDS,
        seconds: SECONDS,
        bytes: html.length,
        one,
        two,
        at: new Date().toISOString(),
      },
      null,
      2,
    ),
  );
  if (one.failures + two.failures > 0 || one.ratio < GOAL_RATIO) process.exitCode = 1;
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
