/**
 * Fills a database with a province's worth of counties, filing units and
 * reports for the benchmarks: `counties × filing units × years` reports in the
 * states a real calendar leaves them in (past years almost all published,
 * the last year in every state, some filing units not started), each published
 * report with its publication rows. Bulk inserts, no workflow calls: this
 * builds data, it does not test the workflow. Reports and publications go in
 * through raw multi-row INSERTs (see insert-rows.ts).
 *
 * As a script: tsx scripts/bench/generate-province.ts <DATABASE_URL> [counties] [filing units] [years]
 */
import type { Db } from "@/lib/db/client";
import { formatForYear } from "@/lib/format";
import { deadlineOf } from "@/lib/reporting/report-year";
import type { BenchProvider } from "./bench-database";
import { insertRows, type ColumnKind, type RawValue } from "./insert-rows";
import { benchReport, randomFrom } from "./report-content";

export interface ProvinceShape {
  counties: number;
  filingUnits: number;
  years: number;
  /** The newest report year (the one still being filled in). */
  lastYear: number;
  seed?: number;
}

export interface GeneratedCounty {
  id: string;
  code: string;
  name: string;
  defaultDeadline: string;
  approvalPublishes: boolean;
}

const BATCH = 400;
const DAY = 86_400_000;

const REPORT_COLUMNS: [string, ColumnKind][] = [
  ["id", "text"],
  ["filingUnitId", "text"],
  ["year", "int"],
  ["formatId", "text"],
  ["status", "text"],
  ["data", "json"],
  ["version", "int"],
  ["errorCount", "int"],
  ["warningCount", "int"],
  ["submittedAt", "timestamp"],
  ["publishedAt", "timestamp"],
  ["publishedRevision", "int"],
  ["createdAt", "timestamp"],
  ["updatedAt", "timestamp"],
];
const PUBLICATION_COLUMNS: [string, ColumnKind][] = [
  ["id", "text"],
  ["reportId", "text"],
  ["revision", "int"],
  ["formatId", "text"],
  ["data", "json"],
  ["findings", "json"],
  ["publishedAt", "timestamp"],
  ["recordedAt", "timestamp"],
  ["correctionNote", "text"],
  ["source", "text"],
];

function pick<T>(rand: () => number, weighted: [T, number][]): T {
  let r = rand();
  for (const [value, weight] of weighted) {
    if (r < weight) return value;
    r -= weight;
  }
  return weighted[weighted.length - 1]![0];
}

const PAST: [string, number][] = [
  ["published", 0.92],
  ["approved", 0.05],
  ["correcting", 0.03],
];
const CURRENT: [string | null, number][] = [
  [null, 0.1],
  ["draft", 0.2],
  ["returned", 0.05],
  ["submitted", 0.2],
  ["approved", 0.1],
  ["published", 0.3],
  ["correcting", 0.05],
];

async function insertBatches<T>(rows: T[], write: (batch: T[]) => Promise<unknown>): Promise<void> {
  for (let i = 0; i < rows.length; i += BATCH) await write(rows.slice(i, i + BATCH));
}

export async function generateProvince(
  db: Db,
  provider: BenchProvider,
  shape: ProvinceShape,
): Promise<GeneratedCounty[]> {
  const rand = randomFrom(shape.seed ?? 20261124);
  const firstYear = shape.lastYear - shape.years + 1;
  const counties: GeneratedCounty[] = Array.from({ length: shape.counties }, (_, c) => ({
    id: `bench-county-${c}`,
    code: `county-${String(c).padStart(3, "0")}`,
    name: `第${c + 1}县`,
    defaultDeadline: "01-31",
    approvalPublishes: c % 4 === 0,
  }));
  await insertBatches(counties, (batch) => db.county.createMany({ data: batch }));

  const filingUnits = counties.flatMap((county, c) =>
    Array.from({ length: shape.filingUnits }, (_, t) => ({
      id: `bench-t-${c}-${t}`,
      countyId: county.id,
      code: `t${String(t).padStart(2, "0")}`,
      name: `第${c + 1}县${t + 1}镇`,
      organName: `第${c + 1}县${t + 1}镇人民政府`,
    })),
  );
  await insertBatches(filingUnits, (batch) => db.filingUnit.createMany({ data: batch }));

  const reportingYears = counties.flatMap((county) =>
    Array.from({ length: shape.years }, (_, i) => ({
      countyId: county.id,
      year: firstYear + i,
      deadline: deadlineOf(firstYear + i, county.defaultDeadline),
      openedAt: new Date(Date.UTC(firstYear + i, 9, 1)),
    })),
  );
  await insertBatches(reportingYears, (batch) => db.reportingYear.createMany({ data: batch }));

  // Reports and publications, built and written one batch of filing units at a time to bound memory.
  for (let start = 0; start < filingUnits.length; start += 40) {
    const reports: RawValue[][] = [];
    const publications: RawValue[][] = [];
    for (const filingUnit of filingUnits.slice(start, start + 40)) {
      for (let year = firstYear; year <= shape.lastYear; year++) {
        const status = year === shape.lastYear ? pick(rand, CURRENT) : pick(rand, PAST);
        if (!status) continue; // 未开始: no row
        const id = `bench-r-${filingUnit.id}-${year}`;
        const format = formatForYear(year);
        const data = benchReport(filingUnit.organName, year, rand);
        const deadline = Date.UTC(year + 1, 0, 31, 4);
        const submittedAt = new Date(deadline - Math.floor(rand() * 30) * DAY);
        const published = status === "published" || status === "correcting";
        // One in seven publishes late.
        const publishedAt = published
          ? new Date(
              deadline + (rand() < 1 / 7 ? 1 + Math.floor(rand() * 20) : -Math.floor(rand() * 10)) * DAY,
            )
          : null;
        const revisions = published ? (rand() < 0.1 ? 2 : 1) : 0;
        reports.push([
          id,
          filingUnit.id,
          year,
          format.id,
          status,
          data,
          3 + revisions,
          status === "draft" ? Math.floor(rand() * 5) : 0,
          rand() < 0.2 ? 1 + Math.floor(rand() * 3) : 0,
          status === "draft" ? null : submittedAt,
          publishedAt,
          revisions,
          new Date(Date.UTC(year, 9, 15)),
          publishedAt ?? submittedAt,
        ]);
        for (let revision = 1; revision <= revisions; revision++) {
          const revisionPublishedAt = new Date(publishedAt!.getTime() + (revision - 1) * 30 * DAY);
          publications.push([
            `${id}-p${revision}`,
            id,
            revision,
            format.id,
            revision === revisions ? data : benchReport(filingUnit.organName, year, rand),
            [],
            revisionPublishedAt,
            revisionPublishedAt,
            revision > 1 ? "更正表三数据" : null,
            "workflow",
          ]);
        }
      }
    }
    await insertRows(db, provider, "Report", REPORT_COLUMNS, reports);
    await insertRows(db, provider, "Publication", PUBLICATION_COLUMNS, publications);
  }
  return counties;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const [url, counties = "200", filingUnits = "15", years = "10"] = process.argv.slice(2);
  if (!url) {
    console.error(
      "usage: tsx scripts/bench/generate-province.ts <DATABASE_URL> [counties] [filingUnits] [years]",
    );
    process.exit(2);
  }
  const { createDb } = await import("@/lib/db/client");
  const { db, provider } = createDb(url);
  const started = Date.now();
  await generateProvince(db, provider, {
    counties: Number(counties),
    filingUnits: Number(filingUnits),
    years: Number(years),
    lastYear: 2025,
  });
  console.log(`generated in ${((Date.now() - started) / 1000).toFixed(1)}s`);
  await db.$disconnect();
}
