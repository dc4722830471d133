/**
 * Publication dates the source does not give: stored as unknown, judged by
 * nobody, kept through a correction, and the migration that turned the old
 * "day of import" stand-ins into unknown dates without losing a row.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { readDemoSeed } from "@/lib/demo/seeds/import-demo-seeds";
import { importText } from "@/lib/import/import-report";
import { recordImportedReport } from "@/lib/import/record-imported-report";
import { loadCountyYear } from "@/lib/publications/load-county-year";
import { loadDashboardModel } from "@/lib/review/dashboard-model";
import { saveReport } from "@/lib/reports/save-report";
import { submitReport } from "@/lib/reports/submit-report";
import { approveReport } from "@/lib/workflow/approve-report";
import { startCorrection } from "@/lib/workflow/start-correction";
import { insertPlaces, insertPublishedReport } from "../fixtures/published-report";
import { completeReport } from "./support/complete-report";
import { freshDatabase, ROOT, testProvider, type TestDatabase } from "./test-database";

let t: TestDatabase;
const now = new Date("2026-03-01T08:00:00Z");

async function importSeed(filingUnitId: string, file: string) {
  const report = importText(readDemoSeed(file));
  if (!report.ok) throw new Error(report.message);
  const stored = await recordImportedReport(t.db, {
    filingUnitId,
    report,
    sourceNote: file,
    actorId: null,
    now,
  });
  if (!stored.ok) throw new Error(stored.message);
  return stored;
}

beforeAll(async () => {
  t = await freshDatabase();
});
afterAll(() => t.drop());

describe("the county's year of imported history", () => {
  it("is not judged until the county sets that year's deadline; then only known dates are", async () => {
    const { countyId, filingUnitIds } = await insertPlaces(t.db, { code: "jixian", name: "吉县" }, [
      { code: "tunli", name: "屯里镇" },
      { code: "qu-e", name: "曲峨镇" },
      { code: "shoushan", name: "寿山乡" },
    ]);
    await importSeed(filingUnitIds.tunli!, "000-tunli-2020.txt"); // 2021-01-30 on the page
    await importSeed(filingUnitIds["qu-e"]!, "003-qu-e-2020.txt"); // no date anywhere

    const history = await loadCountyYear(t.db, "jixian", 2020);
    expect(history).toMatchObject({ assessment: null, deadline: null });
    // The reviewer's dashboard agrees: nothing late, nothing overdue in a year of history.
    const county = await t.db.county.findUniqueOrThrow({ where: { id: countyId } });
    const dashboard = () =>
      loadDashboardModel(t.db, {
        county,
        searchParams: { year: "2020" },
        now: new Date("2026-12-01T08:00:00Z"),
      });
    const historyBoard = await dashboard();
    expect(historyBoard.assessed).toBe(false);
    expect(historyBoard.rows.map((r) => [r.filingUnitCode, r.deadline.kind])).toEqual([
      ["qu-e", "not_assessed"],
      ["shoushan", "not_assessed"],
      ["tunli", "not_assessed"],
    ]);
    expect(historyBoard.lateCount).toBe(0);
    expect(history?.rows.map((r) => [r.filingUnit.code, r.status, r.published, r.firstPublishedAt])).toEqual([
      ["qu-e", "not_assessed", true, null],
      ["shoushan", "not_assessed", false, null],
      ["tunli", "not_assessed", true, "2021-01-30"],
    ]);

    await t.db.reportingYear.create({ data: { countyId, year: 2020, deadline: "2021-01-31" } });
    const judged = await loadCountyYear(t.db, "jixian", 2020);
    expect(judged).toMatchObject({ assessment: "reporting_year", deadline: "2021-01-31" });
    expect(judged?.rows.map((r) => [r.filingUnit.code, r.status])).toEqual([
      ["qu-e", "date_unknown"],
      ["shoushan", "not_published"],
      ["tunli", "on_time"],
    ]);
    expect((await dashboard()).rows.map((r) => [r.filingUnitCode, r.deadline.kind])).toEqual([
      ["qu-e", "date_unknown"],
      ["shoushan", "overdue"],
      ["tunli", "on_time"],
    ]);
  });
});

describe("a correction of an undated import", () => {
  it("keeps the first publication unknown and dates only the new revision", async () => {
    const { filingUnitIds } = await insertPlaces(
      t.db,
      { code: "fixc", name: "更正县", approvalPublishes: true },
      [{ code: "a", name: "甲镇" }],
    );
    const { reportId } = await insertPublishedReport(t.db, {
      filingUnitId: filingUnitIds.a!,
      year: 2026,
      formatId: "gov-2021",
      revisions: [{ data: completeReport(), publishedAt: null, source: "import", sourceNote: "无日期.txt" }],
    });
    const actor = (
      await t.db.user.create({
        data: { id: "fix-reviewer", name: "审核人", email: "f@x.invalid", role: "reviewer" },
      })
    ).id;
    const now = new Date("2027-01-10T08:00:00Z"); // within the reporting season, before the deadline
    const correcting = await startCorrection(t.db, { reportId, actorId: actor, now, reason: "更正数字" });
    const fixed = completeReport((d) => (d.narratives.s5 = "更正后的问题与改进。"));
    const { report: saved } = await saveReport(t.db, {
      reportId,
      actorId: actor,
      version: correcting.version,
      data: fixed,
      now,
    });
    await submitReport(t.db, { reportId, actorId: actor, version: saved.version, explanations: {}, now });
    const { report, publication } = await approveReport(t.db, { reportId, actorId: actor, now });
    expect(report).toMatchObject({ status: "published", publishedRevision: 2, publishedAt: null });
    expect(publication).toMatchObject({ revision: 2, source: "workflow" });
    expect(publication?.publishedAt).toBeInstanceOf(Date);
  });
});

/** The data statements the unknown-date migration runs after its table change, for this provider. */
function migrationDataStatements(): string[] {
  const dir = join(ROOT, "prisma", testProvider(), "migrations");
  const name = readdirSync(dir).find((d) => d.endsWith("_unknown_publication_dates"));
  if (!name) throw new Error("unknown_publication_dates migration missing");
  const sql = readFileSync(join(dir, name, "migration.sql"), "utf8");
  return sql
    .slice(sql.indexOf("-- Keep every row."))
    .split(/;\s*\n/)
    .map((statement) => statement.replace(/^--.*$/gm, "").trim())
    .filter((statement) => statement !== "");
}

describe("the migration of existing rows", () => {
  it("turns import-time stand-ins into unknown dates, keeps read dates and every row", async () => {
    const { filingUnitIds } = await insertPlaces(t.db, { code: "mig", name: "迁移县" }, [
      { code: "read", name: "读出镇" },
      { code: "stand", name: "导入镇" },
      { code: "flow", name: "填报镇" },
    ]);
    const importedAt = new Date("2026-11-20T03:14:15.926Z");
    const readDate = new Date("2021-01-29T16:00:00.000Z"); // 2021-01-30 midnight Beijing, as imports stored it
    const published = async (code: string, publishedAt: Date, source: "import" | "workflow") => {
      const { reportId } = await insertPublishedReport(t.db, {
        filingUnitId: filingUnitIds[code]!,
        year: 2020,
        formatId: "gov-2021",
        revisions: [{ data: completeReport(), publishedAt, source }],
      });
      if (source === "import")
        await t.db.reportEvent.create({
          data: { reportId, action: "import", toStatus: "published", createdAt: importedAt },
        });
      return reportId;
    };
    const read = await published("read", readDate, "import");
    const stand = await published("stand", importedAt, "import");
    const flow = await published("flow", new Date("2021-01-20T02:00:00Z"), "workflow");
    const before = await t.db.publication.count();

    for (const statement of migrationDataStatements()) await t.db.$executeRawUnsafe(statement);

    expect(await t.db.publication.count()).toBe(before);
    const row = async (reportId: string) => ({
      report: (await t.db.report.findUniqueOrThrow({ where: { id: reportId } })).publishedAt,
      publication: await t.db.publication.findFirstOrThrow({ where: { reportId } }),
    });
    const r = await row(read);
    expect([r.report, r.publication.publishedAt, r.publication.recordedAt]).toEqual([
      readDate,
      readDate,
      importedAt,
    ]);
    const s = await row(stand);
    expect([s.report, s.publication.publishedAt, s.publication.recordedAt]).toEqual([null, null, importedAt]);
    const f = await row(flow);
    expect([f.publication.publishedAt, f.publication.recordedAt]).toEqual([
      new Date("2021-01-20T02:00:00Z"),
      new Date("2021-01-20T02:00:00Z"),
    ]);
  });
});
