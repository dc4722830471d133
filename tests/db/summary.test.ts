/**
 * The county summary against a real database: which reports count (approved
 * as filed, published as last published, never a correction's working copy),
 * reports of another format skipped and counted, sums, checks, charts, xlsx.
 */
import ExcelJS from "exceljs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getFormat } from "@/lib/format";
import { numberReader } from "@/lib/format/cell-access";
import { emptyReportData, type GovReportData } from "@/lib/format/report-data";
import type { Prisma } from "@/lib/db/client";
import { loadSummaryModel } from "@/lib/review/summary-model";
import { summaryFileNames, writeSummaryXlsx } from "@/lib/review/write-summary-xlsx";
import {
  beijing,
  makeActors,
  makeCounty,
  reportInState,
  retire,
  saveWorkingCopy,
} from "./dashboard-fixtures";
import { completeReport } from "./support/complete-report";
import { freshDatabase, type TestDatabase } from "./test-database";

let t: TestDatabase;
let county: Awaited<ReturnType<typeof makeCounty>>["county"];
let kinds: Awaited<ReturnType<typeof makeCounty>>["county"];
const format = getFormat("gov-2021");

/** r01 c1 = received, r03 c1 = granted = received (balanced), r25 = 0. */
function withApplications(received: number, partly = 0): GovReportData {
  return completeReport((d) => {
    d.tables.T3[0]![0] = received + partly; // r01 c1
    d.tables.T3[2]![0] = received; // r03 c1 予以公开
    d.tables.T3[3]![0] = partly; // r04 c1 部分公开
    d.tables.T4[0] = 1;
  });
}

beforeAll(async () => {
  t = await freshDatabase();
  const actors = await makeActors(t.db);
  const made = await makeCounty(t.db, "sum", ["a", "b", "c", "d", "e", "f"]);
  county = made.county;
  const [a, b, c, d, e, f] = made.filingUnits.map((x) => x.id);
  const year = 2025;
  await reportInState(t.db, { filingUnitId: a!, year, state: "approved", actors, data: withApplications(3) });
  await reportInState(t.db, {
    filingUnitId: b!,
    year,
    state: "published",
    actors,
    data: withApplications(5, 2),
    publishedOn: "2026-01-20",
  });
  // Published with 4, then being corrected to 40: the public 4 counts until the correction is published.
  const corrected = await reportInState(t.db, {
    filingUnitId: c!,
    year,
    state: "correcting",
    actors,
    data: withApplications(4),
    publishedOn: "2026-02-03",
  });
  await saveWorkingCopy(t.db, {
    reportId: corrected,
    clerk: actors.clerk,
    data: withApplications(40),
    now: beijing("2026-02-10"),
  });
  // Not accepted: never counted.
  await reportInState(t.db, {
    filingUnitId: d!,
    year,
    state: "submitted",
    actors,
    data: withApplications(100),
  });
  // A stale 2019 template accepted for 2025 (as an import could leave it): skipped and counted.
  const stale = emptyReportData(getFormat("gov-2019"));
  await t.db.report.create({
    data: {
      filingUnitId: e!,
      year,
      formatId: "gov-2019",
      status: "approved",
      data: stale as unknown as Prisma.InputJsonValue,
    },
  });
  // f: not started.
  void f;

  // Every kind of filer: 乡镇（街道） 3 + 5, 部门 10 + 1 (retired since, its report still counts), 本级 20.
  const mixed = await makeCounty(t.db, "sum-kinds", [
    "t",
    { code: "s", kind: "street" },
    { code: "d", kind: "department" },
    { code: "dold", kind: "department" },
    { code: "g", kind: "government" },
  ]);
  kinds = mixed.county;
  const [tk, sk, dk, dold, gk] = mixed.filingUnits.map((x) => x.id);
  await reportInState(t.db, {
    filingUnitId: tk!,
    year,
    state: "approved",
    actors,
    data: withApplications(3),
  });
  await reportInState(t.db, {
    filingUnitId: sk!,
    year,
    state: "published",
    actors,
    data: withApplications(5),
    publishedOn: "2026-01-20",
  });
  await reportInState(t.db, {
    filingUnitId: dk!,
    year,
    state: "approved",
    actors,
    data: withApplications(10),
  });
  await reportInState(t.db, {
    filingUnitId: dold!,
    year,
    state: "published",
    actors,
    data: withApplications(1),
    publishedOn: "2026-01-25",
  });
  await retire(t.db, dold!, "2026-03-01");
  await reportInState(t.db, {
    filingUnitId: gk!,
    year,
    state: "approved",
    actors,
    data: withApplications(20),
  });
});
afterAll(() => t.drop());

const model = (year = "2025") =>
  loadSummaryModel(t.db, { county, searchParams: { year }, now: beijing("2026-02-15") });

describe("county summary", () => {
  it("adds up approved and published reports, the latest publication for published ones", async () => {
    const m = await model();
    const s = m.summary;
    expect(s.format.id).toBe("gov-2021");
    expect(s.included.map((x) => [x.filingUnitCode, x.status, x.revision])).toEqual([
      ["a", "approved", null],
      ["b", "published", 1],
      ["c", "correcting", 1],
    ]);
    expect(s.skipped.map((x) => [x.filingUnitCode, x.formatId])).toEqual([["e", "gov-2019"]]);
    const value = numberReader(format, s.totals);
    expect(value("T3.r01.c1")).toBe(3 + 7 + 4);
    expect(value("T3.r01.c7")).toBe(14);
    expect(value("T3.r03.c7")).toBe(12);
    expect(value("T3.r04.c7")).toBe(2);
    expect(value("T3.r24.c7")).toBe(14);
    expect(value("T4.c1")).toBe(3);
    expect(value("T4.c5")).toBe(3);
    expect(s.findings).toEqual([]);
  });

  it("builds the chart data: applications per filing unit, outcome mix, timeliness", async () => {
    const m = await model();
    expect(m.charts.applications).toEqual([
      { label: "a镇", value: 3 },
      { label: "b镇", value: 7 },
      { label: "c镇", value: 4 },
    ]);
    expect(m.charts.outcomes.slice(0, 2)).toEqual([
      { label: "（一）予以公开", value: 12 },
      { label: "（二）部分公开", value: 2 },
    ]);
    expect(Object.fromEntries(m.charts.timeliness.map((x) => [x.label, x.value]))).toEqual({
      按时公开: 1,
      逾期公开: 1,
      逾期未公开: 4,
      未到截止日期: 0,
      日期不详: 0,
    });
  });

  it("reports totals that do not add up when an accepted report's did not", async () => {
    const { filingUnits } = await makeCounty(t.db, "sum-bad", ["x"]);
    const bad = withApplications(2);
    bad.tables.T3[23]![0] = 5; // r24 c1 (（七）总计) claims 5
    await t.db.report.create({
      data: {
        filingUnitId: filingUnits[0]!.id,
        year: 2025,
        formatId: "gov-2021",
        status: "approved",
        data: bad as unknown as Prisma.InputJsonValue,
      },
    });
    const county2 = await t.db.county.findUniqueOrThrow({ where: { code: "sum-bad" } });
    const m = await loadSummaryModel(t.db, {
      county: county2,
      searchParams: { year: "2025" },
      now: beijing("2026-02-15"),
    });
    expect(m.summary.findings.map((f) => f.id)).toEqual(expect.arrayContaining(["T3-01", "T3-02"]));
  });

  it("does not add up years of the old statistical table", async () => {
    const m = await model("2018");
    expect(m.summary.summable).toBe(false);
    expect(m.summary.included).toEqual([]);
  });

  it("writes the summary as xlsx in the official layout with merged header cells", async () => {
    const m = await model();
    const workbook = new ExcelJS.Workbook();
    const url = (filingUnit: string) => `http://example.test/review/sum/${filingUnit}/2025`;
    await workbook.xlsx.load(
      (await writeSummaryXlsx(m.summary, m.county.name, url)) as unknown as ArrayBuffer,
    );
    expect(workbook.worksheets.map((w) => w.name)).toEqual([
      "说明",
      "主动公开政府信息情况",
      "收到和处理政府信息公开申请情况",
      "政府信息公开行政复议、行政诉讼情况",
      "分单位明细",
    ]);
    const notes = workbook.getWorksheet("说明")!;
    expect(notes.getCell("B2").value).toBe("全部单位（乡镇、街道、县直部门、县人民政府（本级））");
    expect(String(notes.getCell("B6").value)).toContain("3 份");
    expect(String(notes.getCell("B7").value)).toContain("1 份");
    const t3 = workbook.getWorksheet("收到和处理政府信息公开申请情况")!;
    expect(t3.getCell("A1").value).toBe("sum县2025年度政府信息公开工作年度报告全县汇总（全部单位）");
    // Header rows 3..5: the corner spans A3:C5, 申请人情况 spans D3:J3.
    expect(t3.getCell("A3").value).toContain("勾稽关系");
    expect(t3.getCell("C5").isMerged).toBe(true);
    expect(t3.getCell("D3").value).toBe("申请人情况");
    expect(t3.getCell("J3").isMerged).toBe(true);
    // First data row (r01) is row 6: label in A6 spanning to C6, 总计 in J6.
    expect(t3.getCell("A6").value).toBe("一、本年新收政府信息公开申请数量");
    expect(t3.getCell("D6").value).toBe(14);
    expect(t3.getCell("J6").value).toBe(14);

    // Per filing unit: one row each, linked to its report, and the county total last; they add up.
    const rows = workbook.getWorksheet("分单位明细")!;
    expect(rows.getCell("A4").value).toEqual({
      text: "a镇",
      hyperlink: "http://example.test/review/sum/a/2025",
    });
    expect([rows.getCell("A5").text, rows.getCell("A6").text, rows.getCell("A7").value]).toEqual([
      "b镇",
      "c镇",
      "全县合计",
    ]);
    expect([rows.getCell("B5").value, rows.getCell("C5").value]).toEqual(["乡镇", "第1版"]);
    const column = [...Array(rows.columnCount).keys()]
      .map((i) => i + 1)
      .find((c) => rows.getCell(3, c).value === "一、本年新收政府信息公开申请数量·自然人")!;
    expect(rows.getCell(2, column).value).toBe("三、收到和处理政府信息公开申请情况");
    expect([4, 5, 6, 7].map((r) => rows.getCell(r, column).value)).toEqual([3, 7, 4, 14]);
  });

  it("adds up one kind group when asked, every unit by default", async () => {
    const load = (group?: string) =>
      loadSummaryModel(t.db, {
        county: kinds,
        searchParams: group ? { year: "2025", group } : { year: "2025" },
        now: beijing("2026-02-15"),
      });
    const received = (m: Awaited<ReturnType<typeof load>>) =>
      numberReader(format, m.summary.totals)("T3.r01.c7");

    const all = await load();
    expect(all.summary.scope).toBeNull();
    expect(all.summary.included.map((s) => [s.filingUnitCode, s.kind])).toEqual([
      ["d", "department"],
      ["dold", "department"],
      ["g", "government"],
      ["s", "street"],
      ["t", "township"],
    ]);
    expect(received(all)).toBe(39);

    const local = await load("local");
    expect(local.summary.scope).toBe("local");
    expect(local.summary.included.map((s) => s.filingUnitName)).toEqual(["s街道", "t镇"]);
    expect(received(local)).toBe(8);
    expect(local.summary.findings).toEqual([]);
    // Charts follow the scope: applications of the group's units, timeliness of the group's units only.
    expect(local.charts.applications).toEqual([
      { label: "s街道", value: 5 },
      { label: "t镇", value: 3 },
    ]);
    expect(local.charts.timeliness.reduce((n, x) => n + x.value, 0)).toBe(2);

    const departments = await load("department");
    expect(departments.summary.included.map((s) => s.filingUnitName)).toEqual(["d局", "dold局"]);
    expect(received(departments)).toBe(11);
    expect(departments.charts.timeliness.reduce((n, x) => n + x.value, 0)).toBe(2);

    expect(received(await load("government"))).toBe(20);
    // Not a group: every unit.
    expect((await load("township")).summary.scope).toBeNull();
  });

  it("names a kind group's workbook, its notes and its breakdown's total, and gives each unit's kind", async () => {
    const m = await loadSummaryModel(t.db, {
      county: kinds,
      searchParams: { year: "2025", group: "department" },
      now: beijing("2026-02-15"),
    });
    expect(summaryFileNames(m.summary, kinds)).toEqual({
      name: "sum-kinds县-2025年度报告部门汇总.xlsx",
      ascii: "sum-kinds-2025-summary-department.xlsx",
    });
    const workbook = new ExcelJS.Workbook();
    const url = (unit: string) => `http://example.test/review/sum-kinds/${unit}/2025`;
    await workbook.xlsx.load(
      (await writeSummaryXlsx(m.summary, m.county.name, url)) as unknown as ArrayBuffer,
    );
    const notes = workbook.getWorksheet("说明")!;
    expect(notes.getCell("B1").value).toBe("sum-kinds县2025年度政府信息公开工作年度报告部门汇总");
    expect(notes.getCell("B2").value).toBe("部门（县直部门）");
    const rows = workbook.getWorksheet("分单位明细")!;
    expect(["A3", "B3", "C3"].map((c) => rows.getCell(c).value)).toEqual([
      "填报单位",
      "单位类别",
      "数据来源",
    ]);
    expect([4, 5, 6].map((r) => [rows.getCell(r, 1).text, rows.getCell(r, 2).text])).toEqual([
      ["d局", "县直部门"],
      ["dold局", "县直部门"],
      ["部门合计", ""],
    ]);

    const everyUnit = await loadSummaryModel(t.db, {
      county: kinds,
      searchParams: { year: "2025" },
      now: beijing("2026-02-15"),
    });
    expect(summaryFileNames(everyUnit.summary, kinds)).toEqual({
      name: "sum-kinds县-2025年度报告全县汇总（全部单位）.xlsx",
      ascii: "sum-kinds-2025-summary.xlsx",
    });
  });
});
