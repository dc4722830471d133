/**
 * A county's archive in one go: 300 published reports (30 organs × 10 years,
 * the seeds' layouts as .txt and .docx, organs written as the full organ, the
 * filing unit alone or the place without its ethnic designation) in one .zip,
 * opened, read, matched, planned and saved into a fresh database through the
 * modules `import-dir` and the archive page use; then the same archive again
 * (everything skipped). Baseline of the same run: one file read and saved
 * alone, times 300.
 *
 * Goal: 300 files under 2 minutes. Reports time per run, the median of runs,
 * and the process's peak memory (RSS, sampled every 20 ms, and the V8 heap).
 *
 * Env: BENCH_RUNS (default 3), BENCH_PROVIDERS=sqlite,postgresql
 */
import { zipSync } from "fflate";
import { importArchive } from "@/lib/import/archive/import-archive";
import { readZipArchive } from "@/lib/import/archive/read-zip-archive";
import { readArchiveFile } from "@/lib/import/archive/read-archive-file";
import { saveArchiveFile } from "@/lib/import/archive/save-archive-file";
import { countyArchiveFiles } from "@/lib/import/fixtures/county-archive";
import type { Db } from "@/lib/db/client";
import { createBenchDatabase, postgresReachable, type BenchProvider } from "../scripts/bench/bench-database";
import { summarize } from "./support/stats";

const RUNS = Math.max(1, Number(process.env.BENCH_RUNS ?? 3));
const GOAL_MS = 120_000;
const providers = (process.env.BENCH_PROVIDERS ?? "sqlite,postgresql").split(",") as BenchProvider[];
const YEARS = Array.from({ length: 10 }, (_, i) => 2014 + i);
const PLACES = Array.from(
  { length: 30 },
  (_, i) => `${"甲乙丙丁戊己庚辛壬癸"[i % 10]}${"东南西"[Math.floor(i / 10)]}`,
);

/** FilingUnit i as stored, and the organ its reports print (three ways a county writes it). */
function filingUnit(i: number) {
  const place = PLACES[i] ?? "";
  if (i % 3 === 0) return { name: `${place}镇`, organ: `基准县${place}镇人民政府` };
  if (i % 3 === 1) return { name: `${place}镇`, organ: `${place}镇` };
  return { name: `${place}苗族乡`, organ: `${place}乡人民政府` };
}

const files = countyArchiveFiles(
  PLACES.map((_, i) => filingUnit(i).organ),
  YEARS,
);
const zip = zipSync(Object.fromEntries(files.map((f) => [f.name, f.bytes])));

let peakRss = 0;
let peakHeap = 0;
const sampler = setInterval(() => {
  const m = process.memoryUsage();
  peakRss = Math.max(peakRss, m.rss);
  peakHeap = Math.max(peakHeap, m.heapUsed);
}, 20);

async function county(db: Db): Promise<string> {
  const c = await db.county.create({ data: { code: "bench", name: "基准县" } });
  for (const [i] of PLACES.entries()) {
    const { name } = filingUnit(i);
    await db.filingUnit.create({
      data: { countyId: c.id, code: `t${i}`, name, organName: `基准县${name}人民政府` },
    });
  }
  return c.id;
}

async function oneRun(provider: BenchProvider) {
  const bench = await createBenchDatabase(provider, "archive");
  try {
    const countyId = await county(bench.db);
    // Baseline: one file read and saved alone.
    const single = files[0]!;
    const t0 = performance.now();
    const { report } = await readArchiveFile(single.name, single.bytes);
    const target = await bench.db.filingUnit.findFirstOrThrow({ where: { countyId, code: "t0" } });
    await saveArchiveFile(bench.db, {
      filingUnitId: target.id,
      report: report!,
      sourceNote: single.name,
      actorId: null,
      now: new Date(),
    });
    const baseline = performance.now() - t0;
    await bench.db.publication.deleteMany({});
    await bench.db.reportEvent.deleteMany({});
    await bench.db.report.deleteMany({});

    const t1 = performance.now();
    const read = readZipArchive(zip);
    if (!read.ok) throw new Error(read.message);
    const opened = performance.now() - t1;
    const lines = await importArchive(bench.db, {
      countyId,
      entries: read.entries,
      actorId: null,
      now: new Date(),
    });
    const total = performance.now() - t1;
    const saved = lines.filter((l) => l.save?.status === "saved").length;

    const t2 = performance.now();
    const again = await importArchive(bench.db, {
      countyId,
      entries: read.entries,
      actorId: null,
      now: new Date(),
    });
    const rerun = performance.now() - t2;
    const savedAgain = again.filter((l) => l.save?.status === "saved").length;
    return { opened, total, rerun, baseline, saved, savedAgain };
  } finally {
    await bench.drop();
  }
}

const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(0)} MB`;
const s = (v: number) => `${(v / 1000).toFixed(1)} s`;
console.log(
  `\nArchive: ${files.length} files, ${mb(zip.length)} zipped (${files.filter((f) => f.name.endsWith(".docx")).length} .docx)\n`,
);
console.log(
  "| provider | run | open zip | read + plan + save | saved | re-run (skipped) | saved again | baseline ×300 | ratio |",
);
console.log("|---|---|---|---|---|---|---|---|---|");
let failed = false;
for (const provider of providers) {
  if (provider === "postgresql" && !(await postgresReachable())) {
    console.log("PostgreSQL not reachable on 127.0.0.1: skipped");
    continue;
  }
  const totals: number[] = [];
  for (let run = 1; run <= RUNS; run += 1) {
    const r = await oneRun(provider);
    totals.push(r.total);
    const scaled = r.baseline * files.length;
    console.log(
      `| ${provider} | ${run} | ${r.opened.toFixed(0)} ms | ${s(r.total)} | ${r.saved} | ${s(r.rerun)} | ${r.savedAgain} | ${s(scaled)} | ${(r.total / scaled).toFixed(2)}× |`,
    );
    if (r.saved !== files.length || r.savedAgain !== 0) failed = true;
  }
  const median = summarize(totals).median;
  console.log(`| ${provider} | median | | ${s(median)} | | | | | |`);
  if (median > GOAL_MS) failed = true;
}
clearInterval(sampler);
console.log(`\nPeak memory of the process: RSS ${mb(peakRss)}, V8 heap ${mb(peakHeap)}`);
console.log(
  `Goal: ${files.length} files under ${GOAL_MS / 1000} s — ${failed ? "MISSED (or a file not saved)" : "met"}`,
);
process.exitCode = failed ? 1 : 0;
