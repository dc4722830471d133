/**
 * Throughput of the public report page under load: requests per second and
 * p99 latency at 50 concurrent connections on loopback (autocannon), beside
 * a static HTML copy of the same page served by the same server in the same
 * run. The report page is cached as HTML after its first visit, stored as a
 * plain document without scripts (lib/page-cache); the goal is at least half
 * the static rate.
 *
 * Method: one warm-up per target, then BENCH_ROUNDS rounds alternating
 * report page and static file, BENCH_SECONDS each; medians over rounds.
 * For scale, each round also loads the smallest page of the same layout
 * (a cached 404 page): what the cache path costs apart from the bytes sent.
 * Env: BENCH_ROUNDS=5 BENCH_SECONDS=10 BENCH_CONNECTIONS=50. Exits non-zero
 * when the goal is missed.
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import autocannon from "autocannon";
import { PUBLIC_FIXTURES as F } from "../tests/fixtures/public-e2e-data";
import { ensureBuild, preparePublicDatabase, root, startNextServer } from "./support/public-site-server";
import { writeStaticCopy } from "./support/static-copy";

const PORT = 3190;
const ROUNDS = Math.max(3, Number(process.env.BENCH_ROUNDS ?? 5));
const SECONDS = Math.max(5, Number(process.env.BENCH_SECONDS ?? 10));
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 50);
const GOAL_RATIO = 0.5;
const REPORT = `/reports/${F.county}/${F.corrected.township}/${F.corrected.year}`;
const STATIC_NAME = "bench-static.html";

interface Run {
  rps: number;
  p99: number;
  p50: number;
  non2xx: number;
  errors: number;
}

async function load(url: string, seconds: number): Promise<Run> {
  const result = await autocannon({ url, connections: CONNECTIONS, duration: seconds, pipelining: 1 });
  return {
    rps: result.requests.average,
    p99: result.latency.p99,
    p50: result.latency.p50,
    non2xx: result.non2xx,
    errors: result.errors + result.timeouts,
  };
}

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
};

async function main() {
  ensureBuild();
  const database = await preparePublicDatabase("public-report");
  let html = "";
  {
    const server = await startNextServer(PORT, database.databaseUrl);
    try {
      const response = await fetch(`${server.url}${REPORT}`);
      if (response.status !== 200) throw new Error(`${REPORT} answered ${response.status}`);
      html = await response.text();
    } finally {
      await server.stop();
    }
  }
  const copyFile = writeStaticCopy(STATIC_NAME, html);
  const server = await startNextServer(PORT, database.databaseUrl);
  const page: Run[] = [];
  const copy: Run[] = [];
  const floor: Run[] = [];
  try {
    const pageUrl = `${server.url}${REPORT}`;
    const copyUrl = `${server.url}${copyFile.path}`;
    const floorUrl = `${server.url}/reports/nowhere`;
    console.log(
      `▶ ${pageUrl} (${html.length} bytes) vs ${copyUrl}: ${CONNECTIONS} connections, ${ROUNDS} × ${SECONDS}s each`,
    );
    await load(pageUrl, 3);
    await load(copyUrl, 3);
    for (let round = 1; round <= ROUNDS; round++) {
      page.push(await load(pageUrl, SECONDS));
      copy.push(await load(copyUrl, SECONDS));
      floor.push(await load(floorUrl, SECONDS));
      const [p, c, f] = [page.at(-1)!, copy.at(-1)!, floor.at(-1)!];
      console.log(
        `  round ${round}: report ${p.rps.toFixed(0)} req/s p99 ${p.p99} ms · static ${c.rps.toFixed(0)} req/s p99 ${c.p99} ms · 404 page ${f.rps.toFixed(0)} req/s`,
      );
    }
  } finally {
    await server.stop();
    copyFile.remove();
    database.remove();
  }

  // The 404 page answers 404 by design: only the two measured targets count.
  const failures = [...page, ...copy].reduce((n, r) => n + r.non2xx + r.errors, 0);
  const result = {
    connections: CONNECTIONS,
    rounds: ROUNDS,
    seconds: SECONDS,
    bytes: html.length,
    report: {
      rps: median(page.map((r) => r.rps)),
      p50: median(page.map((r) => r.p50)),
      p99: median(page.map((r) => r.p99)),
    },
    static: {
      rps: median(copy.map((r) => r.rps)),
      p50: median(copy.map((r) => r.p50)),
      p99: median(copy.map((r) => r.p99)),
    },
    notFoundPage: {
      rps: median(floor.map((r) => r.rps)),
      p50: median(floor.map((r) => r.p50)),
      p99: median(floor.map((r) => r.p99)),
    },
    failures,
  };
  const ratio = result.report.rps / result.static.rps;
  console.log("\n| target | req/s (median) | p50 ms | p99 ms |\n|---|---|---|---|");
  console.log(
    `| report page (cached HTML) | ${result.report.rps.toFixed(0)} | ${result.report.p50} | ${result.report.p99} |`,
  );
  console.log(
    `| same page as static HTML | ${result.static.rps.toFixed(0)} | ${result.static.p50} | ${result.static.p99} |`,
  );
  const f = result.notFoundPage;
  console.log(`| smallest page (404, cached), for scale | ${f.rps.toFixed(0)} | ${f.p50} | ${f.p99} |`);
  console.log(
    `\nratio report/static: ${(ratio * 100).toFixed(0)}% (goal ≥ ${GOAL_RATIO * 100}%); 404 page/static: ${((f.rps / result.static.rps) * 100).toFixed(0)}%; non-2xx or errors: ${failures}`,
  );
  mkdirSync(join(root, "bench", "results"), { recursive: true });
  writeFileSync(
    join(root, "bench", "results", "public-report.json"),
    JSON.stringify({ ...result, ratio, at: new Date().toISOString() }, null, 2),
  );
  if (failures > 0 || ratio < GOAL_RATIO) process.exitCode = 1;
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
