/**
 * Server-side time of the county dashboard and the county summary: loading
 * the page model from the database plus rendering the page content to HTML
 * (what a request costs beyond the session lookup and the layout), on SQLite
 * and PostgreSQL, for a 30-filing-unit county with 10 years of reports and for a
 * province (200 counties × 15 filing units × 10 years = 30,000 reports).
 *
 * Each page is warmed up 10 times (JIT, connection pool) before the measured runs.
 * Env: BENCH_PROVIDERS=sqlite,postgresql  BENCH_RUNS=30  BENCH_SCENARIOS=county,province  BENCH_KEEP=1
 * Exits non-zero when a goal is missed.
 */
import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { DashboardView } from "@/components/review/dashboard-view";
import { SummaryView } from "@/components/review/summary-view";
import { loadDashboardModel } from "@/lib/review/dashboard-model";
import { loadSummaryModel } from "@/lib/review/summary-model";
import {
  analyze,
  createBenchDatabase,
  postgresReachable,
  type BenchProvider,
} from "../scripts/bench/bench-database";
import {
  generateProvince,
  type GeneratedCounty,
  type ProvinceShape,
} from "../scripts/bench/generate-province";

const RUNS = Math.max(20, Number(process.env.BENCH_RUNS ?? 30));
const WARMUP = 10;
const YEAR = 2025;
/** A day in the filing season of YEAR: every state occurs, deadlines are near. */
const NOW = new Date("2026-01-20T04:00:00Z");

const SCENARIOS: Record<string, { shape: ProvinceShape; goals: { dashboard: number; summary?: number } }> = {
  county: { shape: { counties: 1, filingUnits: 30, years: 10, lastYear: YEAR }, goals: { dashboard: 100 } },
  province: {
    shape: { counties: 200, filingUnits: 15, years: 10, lastYear: YEAR },
    goals: { dashboard: 200, summary: 200 },
  },
};

interface Result {
  provider: BenchProvider;
  scenario: string;
  page: "dashboard" | "summary";
  median: number;
  p95: number;
  /** Median of the database part alone (the rest is building the model and rendering). */
  loadMedian: number;
  goal?: number;
  bytes: number;
}

interface Sample {
  bytes: number;
  loadMs: number;
}

function percentile(sorted: number[], p: number): number {
  const index = Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1);
  return sorted[Math.max(0, index)]!;
}

async function measure(
  work: (i: number) => Promise<Sample>,
): Promise<{ median: number; p95: number; loadMedian: number; bytes: number }> {
  let bytes = 0;
  for (let i = 0; i < WARMUP; i++) await work(i);
  const times: number[] = [];
  const loads: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const started = performance.now();
    const sample = await work(WARMUP + i);
    times.push(performance.now() - started);
    loads.push(sample.loadMs);
    bytes = sample.bytes;
  }
  times.sort((a, b) => a - b);
  loads.sort((a, b) => a - b);
  return {
    median: percentile(times, 50),
    p95: percentile(times, 95),
    loadMedian: percentile(loads, 50),
    bytes,
  };
}

/** Spreads runs over counties so no single county's pages sit warm in every cache. */
const countyOf = (counties: GeneratedCounty[], i: number) => counties[(i * 37) % counties.length]!;

async function dashboardOnce(
  db: Parameters<typeof loadDashboardModel>[0],
  county: GeneratedCounty,
): Promise<Sample> {
  const started = performance.now();
  const model = await loadDashboardModel(db, { county, searchParams: { year: String(YEAR) }, now: NOW });
  const loadMs = performance.now() - started;
  const bytes = renderToStaticMarkup(
    createElement(DashboardView, { model, canReview: true, canAdminister: true }),
  ).length;
  return { bytes, loadMs };
}

async function summaryOnce(
  db: Parameters<typeof loadSummaryModel>[0],
  county: GeneratedCounty,
): Promise<Sample> {
  const started = performance.now();
  const model = await loadSummaryModel(db, { county, searchParams: { year: String(YEAR) }, now: NOW });
  const loadMs = performance.now() - started;
  return { bytes: renderToStaticMarkup(createElement(SummaryView, { model })).length, loadMs };
}

/** The bulk-loaded rows must read back through Prisma exactly like rows it wrote. */
async function expectReadable(db: Parameters<typeof loadDashboardModel>[0]): Promise<void> {
  const sample = await db.report.findFirstOrThrow({
    where: { status: "published" },
    include: { publications: true },
  });
  const ok =
    sample.publishedAt instanceof Date &&
    !Number.isNaN(sample.publishedAt.getTime()) &&
    typeof sample.data === "object" &&
    sample.publications.length > 0 &&
    (sample.publications[0]!.publishedAt?.getTime() ?? -1) >= sample.publishedAt.getTime();
  if (!ok) throw new Error("generated rows do not read back as Prisma writes them");
}

async function runScenario(provider: BenchProvider, name: string): Promise<Result[]> {
  const { shape, goals } = SCENARIOS[name]!;
  const bench = await createBenchDatabase(provider, name);
  try {
    const started = performance.now();
    const counties = await generateProvince(bench.db, provider, shape);
    await analyze(bench);
    await expectReadable(bench.db);
    const reports = await bench.db.report.count();
    const publications = await bench.db.publication.count();
    console.log(
      `  ${provider}/${name}: ${counties.length} counties, ${reports} reports, ${publications} publications generated in ${((performance.now() - started) / 1000).toFixed(1)}s`,
    );
    const dashboard = await measure((i) => dashboardOnce(bench.db, countyOf(counties, i)));
    const summary = await measure((i) => summaryOnce(bench.db, countyOf(counties, i)));
    return [
      { provider, scenario: name, page: "dashboard", ...dashboard, goal: goals.dashboard },
      { provider, scenario: name, page: "summary", ...summary, goal: goals.summary },
    ];
  } finally {
    await bench.drop();
  }
}

async function main() {
  const providers = (process.env.BENCH_PROVIDERS ?? "sqlite,postgresql").split(",") as BenchProvider[];
  const scenarios = (process.env.BENCH_SCENARIOS ?? "county,province").split(",");
  const results: Result[] = [];
  console.log(`dashboard.bench: ${RUNS} runs after ${WARMUP} warm-up runs, report year ${YEAR}`);
  for (const provider of providers) {
    if (provider === "postgresql" && !(await postgresReachable())) {
      console.log("  postgresql: not reachable at PG_TEST_ADMIN_URL (or postgres@127.0.0.1:5432): SKIPPED");
      continue;
    }
    for (const name of scenarios) results.push(...(await runScenario(provider, name)));
  }
  console.log(
    "\n| provider | data | page | median ms | p95 ms | model load median ms | goal (median) | HTML bytes |",
  );
  console.log("|---|---|---|---:|---:|---:|---|---:|");
  let missed = 0;
  for (const r of results) {
    const ok = r.goal === undefined || r.median < r.goal;
    if (!ok) missed += 1;
    console.log(
      `| ${r.provider} | ${r.scenario} | ${r.page} | ${r.median.toFixed(1)} | ${r.p95.toFixed(1)} | ${r.loadMedian.toFixed(1)} | ${r.goal ? `< ${r.goal} ms ${ok ? "✓" : "✘ MISSED"}` : "—"} | ${r.bytes} |`,
    );
  }
  if (missed > 0) {
    console.error(`\n${missed} goal(s) missed`);
    process.exitCode = 1;
  }
}

await main();
