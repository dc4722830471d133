/**
 * Server time to save a full report (zod validation, totals, checks with last
 * year's report, conditional update and audit event) on SQLite and on
 * PostgreSQL. Each save writes a different number so every run really writes.
 *
 * Wall time per save, and the benchmark process's CPU time per save (user +
 * system over the measured saves; SQLite runs in this process, PostgreSQL's
 * own work does not count): CPU time holds still while other work shares the cores.
 *
 * Env: BENCH_RUNS (default 200), BENCH_PROVIDERS=sqlite,postgresql
 */
import { openReport } from "@/lib/reports/open-report";
import { saveReport } from "@/lib/reports/save-report";
import { setCellValues } from "@/lib/format/set-cell-values";
import { getFormat } from "@/lib/format";
import { completeReport } from "../tests/db/support/complete-report";
import { createBenchDatabase, postgresReachable, type BenchProvider } from "../scripts/bench/bench-database";
import { ms, summarize } from "./support/stats";

const RUNS = Math.max(50, Number(process.env.BENCH_RUNS ?? 200));
const WARMUP = 10;
const providers = (process.env.BENCH_PROVIDERS ?? "sqlite,postgresql").split(",") as BenchProvider[];
const format = getFormat("gov-2021");

async function run(provider: BenchProvider) {
  const bench = await createBenchDatabase(provider, "save");
  try {
    const { db } = bench;
    const county = await db.county.create({ data: { code: "bench", name: "基准县" } });
    const filingUnit = await db.filingUnit.create({
      data: { countyId: county.id, code: "t", name: "基准镇", organName: "基准镇人民政府" },
    });
    const actor = await db.user.create({
      data: { id: "bench-clerk", name: "填报人", email: "b@x.invalid", filingUnitId: filingUnit.id },
    });
    // Last year's published report makes the cross-year checks (T3-06, S-06) part of the cost:
    // accepted content is a publication (lib/reports/accepted-content.ts), not the status alone.
    const lastYearData = JSON.parse(JSON.stringify(completeReport()));
    await db.report.create({
      data: {
        filingUnitId: filingUnit.id,
        year: 2025,
        formatId: "gov-2021",
        status: "published",
        publishedRevision: 1,
        data: lastYearData,
        publications: {
          create: {
            revision: 1,
            formatId: "gov-2021",
            data: lastYearData,
            findings: [],
            organName: filingUnit.organName,
          },
        },
      },
    });
    let report = await openReport(db, { filingUnitId: filingUnit.id, year: 2026, actorId: actor.id });
    const times: number[] = [];
    let cpuStart = process.cpuUsage();
    for (let i = 0; i < WARMUP + RUNS; i++) {
      if (i === WARMUP) cpuStart = process.cpuUsage();
      const data = setCellValues(format, completeReport(), { "T3.r01.c1": i, "T3.r03.c1": i });
      const started = performance.now();
      ({ report } = await saveReport(db, {
        reportId: report.id,
        actorId: actor.id,
        version: report.version,
        data,
        now: new Date(),
      }));
      if (i >= WARMUP) times.push(performance.now() - started);
    }
    const cpu = process.cpuUsage(cpuStart);
    return { ...summarize(times), cpuPerSave: (cpu.user + cpu.system) / 1000 / RUNS };
  } finally {
    await bench.drop();
  }
}

const rows: string[] = [];
for (const provider of providers) {
  if (provider === "postgresql" && !(await postgresReachable())) {
    console.log("PostgreSQL not reachable on 127.0.0.1: skipped");
    continue;
  }
  const r = await run(provider);
  rows.push(`| ${provider} | ${r.n} | ${ms(r.median)} | ${ms(r.p95)} | ${ms(r.cpuPerSave)} |`);
}
console.log("\nSave a full report (server, in-process):\n");
console.log("| provider | saves | median | p95 | CPU per save (this process) |\n|---|---|---|---|---|");
for (const row of rows) console.log(row);
