/**
 * Storing imported reports: the Report and its first Publication, refusal
 * when the year exists, and the next year built on an imported gov-2019 report.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runChecks } from "@/lib/checks/run-checks";
import { readDemoSeed } from "@/lib/demo/seeds/import-demo-seeds";
import { getFormat } from "@/lib/format";
import type { GovReportData } from "@/lib/format/report-data";
import { checkImportedReport } from "@/lib/import/check-imported-report";
import { importText } from "@/lib/import/import-report";
import { lastYearNarratives } from "@/lib/reports/last-year-narratives";
import { withDateCandidates } from "@/lib/import/date-imported-report";
import { recordImportedReport } from "@/lib/import/record-imported-report";
import type { ImportedReport } from "@/lib/import/types";
import { loadLastYear } from "@/lib/reports/check-context";
import { openReport } from "@/lib/reports/open-report";
import { freshDatabase, type TestDatabase } from "./test-database";

let t: TestDatabase;
let tunli: string;
let other: string;
let actorId: string;
const now = new Date("2026-03-01T08:00:00Z");

function imported(text: string): ImportedReport {
  const result = importText(text);
  if (!result.ok) throw new Error(result.message);
  return result;
}

/** Seed 000 with 结转下年度继续办理 = 1, 2, 3 (总计 6), so carrying it over shows. */
function seed000CarryingOver(): string {
  const text = readDemoSeed("000-tunli-2020.txt");
  const carried = /四、结转下年度继续办理\n\n0\n\n0\n\n0\n\n0\n\n0\n\n0\n\n0/;
  expect(text).toMatch(carried);
  return text.replace(carried, "四、结转下年度继续办理\n\n1\n\n2\n\n3\n\n0\n\n0\n\n0\n\n6");
}

beforeAll(async () => {
  t = await freshDatabase();
  const county = await t.db.county.create({ data: { code: "jixian", name: "吉县" } });
  const filingUnit = (code: string, name: string) =>
    t.db.filingUnit.create({ data: { countyId: county.id, code, name, organName: `吉县${name}人民政府` } });
  tunli = (await filingUnit("tunli", "屯里镇")).id;
  other = (await filingUnit("qu-e", "曲峨镇")).id;
  actorId = (
    await t.db.user.create({ data: { id: "admin-1", name: "管理员", email: "a@x.invalid", role: "admin" } })
  ).id;
});
afterAll(() => t.drop());

describe("recordImportedReport", () => {
  it("stores a published report and its first publication, marked as an import", async () => {
    const report = imported(seed000CarryingOver());
    const stored = await recordImportedReport(t.db, {
      filingUnitId: tunli,
      report,
      sourceNote: "000.txt",
      actorId,
      now,
    });
    if (!stored.ok) throw new Error(stored.message);

    const row = await t.db.report.findUniqueOrThrow({
      where: { id: stored.reportId },
      include: { publications: true, events: true },
    });
    expect(row).toMatchObject({
      year: 2020,
      formatId: "gov-2019",
      status: "published",
      publishedRevision: 1,
    });
    // The page's date, midnight in China.
    expect(row.publishedAt?.toISOString()).toBe("2021-01-29T16:00:00.000Z");
    expect(row.data).toEqual(report.data);
    expect(row.errorCount).toBe(stored.findings.filter((f) => f.severity === "error").length);
    expect(row.warningCount).toBe(stored.findings.filter((f) => f.severity === "warning").length);

    expect(row.publications).toHaveLength(1);
    const publication = row.publications[0]!;
    expect(publication).toMatchObject({
      revision: 1,
      formatId: "gov-2019",
      source: "import",
      sourceNote: "000.txt",
      publishedById: actorId,
    });
    expect(publication.publishedAt?.toISOString()).toBe("2021-01-29T16:00:00.000Z");
    expect(publication.publishedAtSource).toBe("date-line");
    expect(publication.recordedAt.toISOString()).toBe(now.toISOString());
    expect(publication.data).toEqual(report.data);
    expect(publication.findings).toEqual(
      JSON.parse(JSON.stringify(checkImportedReport(report, { today: "2026-03-01" }))),
    );

    // The audit trail says who imported it, from what, and when.
    expect(row.events).toHaveLength(1);
    expect(row.events[0]).toMatchObject({
      action: "import",
      actorId,
      fromStatus: null,
      toStatus: "published",
      payload: {
        revision: 1,
        sourceNote: "000.txt",
        errorCount: row.errorCount,
        warningCount: row.warningCount,
      },
    });
    expect(row.events[0]!.createdAt.toISOString()).toBe(now.toISOString());
  });

  it("refuses a second report for the same filing unit and year, in Chinese, without writing", async () => {
    const report = imported(readDemoSeed("000-tunli-2020.txt"));
    const again = await recordImportedReport(t.db, {
      filingUnitId: tunli,
      report,
      sourceNote: "again.txt",
      actorId,
      now,
    });
    expect(again).toEqual({
      ok: false,
      message: "屯里镇2020年度已有报告，不能再导入历史报告（导入不会覆盖已有报告）",
    });
    expect(await t.db.publication.count({ where: { sourceNote: "again.txt" } })).toBe(0);
  });

  it("refuses when the filing unit has a report of that year from the workflow", async () => {
    await openReport(t.db, { filingUnitId: other, year: 2021, actorId });
    const report = imported(readDemoSeed("002-baihe-2021.txt"));
    const refused = await recordImportedReport(t.db, {
      filingUnitId: other,
      report,
      sourceNote: "002.txt",
      actorId,
      now,
    });
    expect(refused.ok).toBe(false);
  });

  it("two imports of the same year at once store one report", async () => {
    const report = imported(readDemoSeed("003-qu-e-2020.txt"));
    const results = await Promise.all([
      recordImportedReport(t.db, { filingUnitId: other, report, sourceNote: "a.txt", actorId, now }),
      recordImportedReport(t.db, { filingUnitId: other, report, sourceNote: "b.txt", actorId, now }),
    ]);
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    expect(await t.db.report.count({ where: { filingUnitId: other, year: 2020 } })).toBe(1);
  });

  it("without a date in the text the date is stored as unknown, never as the day of import", async () => {
    const county = await t.db.county.create({ data: { code: "shili", name: "示例区" } });
    const baihe = await t.db.filingUnit.create({
      data: { countyId: county.id, code: "baihe", name: "白鹤镇", organName: "白鹤镇人民政府" },
    });
    const report = imported(readDemoSeed("002-baihe-2021.txt"));
    const stored = await recordImportedReport(t.db, {
      filingUnitId: baihe.id,
      report,
      sourceNote: "002.txt",
      actorId: null,
      now,
    });
    if (!stored.ok) throw new Error(stored.message);
    const row = await t.db.report.findUniqueOrThrow({
      where: { id: stored.reportId },
      include: { publications: true },
    });
    expect(row).toMatchObject({ status: "published", publishedRevision: 1, publishedAt: null });
    expect(row.publications[0]).toMatchObject({
      publishedAt: null,
      publishedAtSource: null,
      recordedAt: now,
    });
  });

  it("stores the date an admin gives for a source without one, marked as the admin's", async () => {
    const report = withDateCandidates(
      imported(readDemoSeed("004-wuling-2020.txt").replace("日期:2021-01-27", "")),
      [{ date: "2021-01-28", source: "admin", raw: "2021年1月28日" }],
    );
    const county = await t.db.county.create({ data: { code: "wanzhou", name: "万州区" } });
    const wuling = await t.db.filingUnit.create({
      data: { countyId: county.id, code: "wuling", name: "武陵镇", organName: "重庆市万州区武陵镇人民政府" },
    });
    const stored = await recordImportedReport(t.db, {
      filingUnitId: wuling.id,
      report,
      sourceNote: "004.txt",
      actorId,
      now,
    });
    if (!stored.ok) throw new Error(stored.message);
    const publication = await t.db.publication.findUniqueOrThrow({ where: { id: stored.publicationId } });
    expect(publication.publishedAt?.toISOString()).toBe("2021-01-27T16:00:00.000Z");
    expect(publication.publishedAtSource).toBe("admin");
  });
});

describe("the next year from an imported gov-2019 report", () => {
  it("prefills 上年结转 from the imported 结转下年度继续办理, and the carry-over check agrees", async () => {
    const report = await openReport(t.db, { filingUnitId: tunli, year: 2021, actorId });
    expect(report.formatId).toBe("gov-2021");
    const data = report.data as unknown as GovReportData;
    expect(data.tables.T3[1]).toEqual([1, 2, 3, 0, 0, 0, 6]);

    const lastYear = await loadLastYear(t.db, tunli, 2021);
    expect(lastYear).toMatchObject({ formatId: "gov-2019", year: 2020 });
    const ids = runChecks(getFormat("gov-2021"), data, { year: 2021, organLevel: "township", lastYear }).map(
      (f) => f.id,
    );
    expect(ids).not.toContain("T3-06");
    // gov-2019's 对外公开总数量 is not 现行有效件数: no baseline, so T2-01 stays silent.
    expect(ids).not.toContain("T2-01");
  });

  it("shows last year's narratives for reference", async () => {
    const narratives = lastYearNarratives(await loadLastYear(t.db, tunli, 2021));
    const seed = imported(readDemoSeed("000-tunli-2020.txt")).data as GovReportData;
    expect(narratives).toEqual({ year: 2020, formatId: "gov-2019", narratives: seed.narratives });
    expect(lastYearNarratives(await loadLastYear(t.db, tunli, 2020))).toBeNull();
    // A draft is not an accepted report.
    expect(lastYearNarratives(await loadLastYear(t.db, other, 2022))).toBeNull();
  });
});
