/**
 * `npm run cli -- check <file…> [--json]`: reads published reports (.txt,
 * .html, .docx, .pdf), prints format, organ, year and every finding. Exit code 2
 * when a file cannot be read as a report, else 1 when any error finding
 * exists, else 0. With several files and --json, one JSON object per line.
 *
 * `npm run cli -- import <file> --filing unit <code> [--county <code>] [--published-on <date>]`:
 * stores the report as that filing unit's historical published report
 * (DATABASE_URL). --published-on gives the publication date when the source
 * has none; without either the date is stored as unknown (日期不详).
 *
 * `npm run cli -- import-dir <dir|file.zip> --county <code> [--dry-run]`: every
 * file of a folder or .zip, each assigned to its filing unit by organ name; one
 * line per file, a summary, exit code as `check` (docs/import.md).
 */
import { basename } from "node:path";
import { readFileSync } from "node:fs";
import { DEFAULT_DATABASE_URL } from "@/lib/env/database-provider";
import { checkImportedReport } from "@/lib/import/check-imported-report";
import { describeCheck } from "@/lib/import/describe-check";
import { exitCodeOf } from "@/lib/import/exit-code";
import { withDateCandidates } from "@/lib/import/date-imported-report";
import { parseEnteredDate } from "@/lib/import/entered-date";
import { importFile } from "@/lib/import/import-file";
import { chinaDate } from "@/lib/publications/china-date";
import { toReportJson } from "@/lib/import/report-json";
import type { ImportResult } from "@/lib/import/types";

const USAGE = [
  "用法：",
  "  npm run cli -- check <文件…> [--json]",
  "  npm run cli -- import <文件> --unit <单位代码> [--county <县区代码>] [--published-on <公开日期>]",
  "  npm run cli -- import-dir <文件夹|压缩包.zip> --county <县区代码> [--dry-run]",
].join("\n");

interface Args {
  command: string | undefined;
  files: string[];
  flags: Map<string, string | true>;
}

function parseArgs(argv: readonly string[]): Args {
  const [command, ...rest] = argv;
  const files: string[] = [];
  const flags = new Map<string, string | true>();
  for (let i = 0; i < rest.length; i += 1) {
    const arg = rest[i] ?? "";
    if (!arg.startsWith("--")) {
      files.push(arg);
      continue;
    }
    const next = rest[i + 1];
    if (arg === "--json" || arg === "--dry-run" || next === undefined || next.startsWith("--"))
      flags.set(arg.slice(2), true);
    else {
      flags.set(arg.slice(2), next);
      i += 1;
    }
  }
  return { command, files, flags };
}

async function readReport(file: string): Promise<ImportResult> {
  let bytes: Uint8Array;
  try {
    bytes = readFileSync(file);
  } catch {
    return { ok: false, message: `无法读取文件：${file}` };
  }
  return importFile(basename(file), bytes);
}

async function check(files: readonly string[], json: boolean): Promise<number> {
  let exit = 0;
  for (const file of files) {
    const result = await readReport(file);
    if (!result.ok) {
      process.stderr.write(`${file}：${result.message}\n`);
      exit = 2;
      continue;
    }
    const findings = checkImportedReport(result);
    process.stdout.write(
      json
        ? `${JSON.stringify(toReportJson(result, findings))}\n`
        : `${describeCheck(file, result, findings)}\n\n`,
    );
    exit = Math.max(exit, exitCodeOf(result, findings));
  }
  return exit;
}

/** The migrated database of DATABASE_URL; its modules load only here: `check` needs none and starts faster. */
async function openDatabase() {
  const [{ createDb }, { migrateDatabase }] = await Promise.all([
    import("@/lib/db/client"),
    import("./lib/prepare-database"),
  ]);
  const url = process.env.DATABASE_URL || DEFAULT_DATABASE_URL;
  migrateDatabase(url);
  return createDb(url).db;
}

/**
 * The running app servers cache the public pages an import changes (lists, the 404 of a report
 * that now exists): record it for every server (lib/page-cache/invalidation-listener.ts).
 */
async function announcePublicChange(db: Awaited<ReturnType<typeof openDatabase>>): Promise<void> {
  const { ALL_PUBLIC, recordCacheInvalidation } = await import("@/lib/page-cache/record-cache-invalidation");
  await recordCacheInvalidation(db, { tags: [ALL_PUBLIC] });
}

async function importInto(
  file: string,
  filingUnit: string,
  county: string | null,
  publishedOn: string | null,
): Promise<number> {
  const read = await readReport(file);
  if (!read.ok) {
    process.stderr.write(`${file}：${read.message}\n`);
    return 2;
  }
  // The date the source does not give, if the caller knows it; otherwise stored as unknown.
  const entered = parseEnteredDate(publishedOn, read.year, chinaDate(new Date()));
  if (!entered.ok) {
    process.stderr.write(`${entered.message}\n`);
    return 2;
  }
  const result = withDateCandidates(read, entered.candidate ? [entered.candidate] : []);
  const { recordImportedReport } = await import("@/lib/import/record-imported-report");
  const db = await openDatabase();
  try {
    const matches = await db.filingUnit.findMany({
      where: { code: filingUnit, ...(county ? { county: { code: county } } : {}) },
      include: { county: true },
    });
    const target = matches[0];
    if (!target || matches.length > 1) {
      process.stderr.write(
        matches.length > 1
          ? `单位代码 ${filingUnit} 在多个县区中存在，请用 --county 指定县区\n`
          : `未找到填报单位：${county ? `${county}/` : ""}${filingUnit}\n`,
      );
      return 1;
    }
    const stored = await recordImportedReport(db, {
      filingUnitId: target.id,
      report: result,
      sourceNote: basename(file),
      actorId: null,
      now: new Date(),
    });
    if (!stored.ok) {
      process.stderr.write(`${stored.message}\n`);
      return 1;
    }
    await announcePublicChange(db);
    process.stdout.write(`${describeCheck(file, result, stored.findings)}\n`);
    process.stdout.write(
      `已导入为 ${target.county.name}${target.name} ${result.year} 年度历史报告（历史导入，来源：${basename(file)}）\n`,
    );
    return 0;
  } finally {
    await db.$disconnect();
  }
}

async function importDir(path: string, countyCode: string, dryRun: boolean): Promise<number> {
  const { readArchivePath } = await import("@/lib/import/archive/read-archive-path");
  const read = await readArchivePath(path);
  if (!read.ok) {
    process.stderr.write(`${path}：${read.message}\n`);
    return 2;
  }
  const [{ importArchive, archiveExitCode }, { describeArchiveLine, summariseArchive }] = await Promise.all([
    import("@/lib/import/archive/import-archive"),
    import("@/lib/import/archive/describe-archive-line"),
  ]);
  const db = await openDatabase();
  try {
    const county = await db.county.findUnique({
      where: { code: countyCode },
      include: { filingUnits: true },
    });
    if (!county) {
      process.stderr.write(`未找到县区：${countyCode}\n`);
      return 1;
    }
    const names = new Map(county.filingUnits.map((t) => [t.id, t.name]));
    const total = read.entries.length;
    const lines = await importArchive(db, {
      countyId: county.id,
      entries: read.entries,
      actorId: null,
      now: new Date(),
      dryRun,
      onLine: (line, index) => {
        const filingUnit = line.filingUnitId ? (names.get(line.filingUnitId) ?? null) : null;
        process.stdout.write(`${describeArchiveLine(line, `[${index + 1}/${total}]`, filingUnit, dryRun)}\n`);
      },
    });
    if (lines.some((line) => line.save?.status === "saved")) await announcePublicChange(db);
    process.stdout.write(`${summariseArchive(lines, dryRun)}${dryRun ? "（试运行，未保存）" : ""}\n`);
    return archiveExitCode(lines);
  } finally {
    await db.$disconnect();
  }
}

async function main(): Promise<number> {
  const args = parseArgs(process.argv.slice(2));
  if (args.command === "check" && args.files.length > 0) return check(args.files, args.flags.has("json"));
  // --township: the flag's name before units of every kind; old scripts keep working.
  const filingUnit = args.flags.get("unit") ?? args.flags.get("township");
  const county = args.flags.get("county");
  if (args.command === "import" && args.files.length === 1 && typeof filingUnit === "string") {
    const publishedOn = args.flags.get("published-on");
    return importInto(
      args.files[0] ?? "",
      filingUnit,
      typeof county === "string" ? county : null,
      typeof publishedOn === "string" ? publishedOn : null,
    );
  }
  if (args.command === "import-dir" && args.files.length === 1 && typeof county === "string") {
    return importDir(args.files[0] ?? "", county, args.flags.has("dry-run"));
  }
  process.stderr.write(`${USAGE}\n`);
  return 2;
}

process.exitCode = await main();
