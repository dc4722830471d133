/** The dashboard exports carry what the page shows: same rows, filters and order, Chinese intact. */
import ExcelJS from "exceljs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  dashboardAsciiName,
  dashboardExportName,
  dashboardExportRows,
  EXPORT_COLUMNS,
} from "@/lib/review/dashboard-export-rows";
import { loadDashboardModel } from "@/lib/review/dashboard-model";
import { UTF8_BOM, writeCsv } from "@/lib/review/write-csv";
import { writeDashboardXlsx } from "@/lib/review/write-dashboard-xlsx";
import { beijing, makeActors, makeCounty, reportInState } from "./dashboard-fixtures";
import { freshDatabase, type TestDatabase } from "./test-database";

let t: TestDatabase;
let county: Awaited<ReturnType<typeof makeCounty>>["county"];

beforeAll(async () => {
  t = await freshDatabase();
  const actors = await makeActors(t.db);
  const made = await makeCounty(t.db, "exp", ["a", "b", "c"]);
  county = made.county;
  await reportInState(t.db, {
    filingUnitId: made.filingUnits[1]!.id,
    year: 2025,
    state: "submitted",
    actors,
    submittedOn: "2026-01-12",
  });
  await reportInState(t.db, {
    filingUnitId: made.filingUnits[2]!.id,
    year: 2025,
    state: "published",
    actors,
    publishedOn: "2026-02-02",
  });
});
afterAll(() => t.drop());

const model = (params: Record<string, string> = {}) =>
  loadDashboardModel(t.db, { county, searchParams: { year: "2025", ...params }, now: beijing("2026-02-05") });

describe("dashboard export", () => {
  it("writes CSV with a BOM, the header and one line per shown row", async () => {
    const csv = writeCsv(EXPORT_COLUMNS, dashboardExportRows(await model()));
    expect(csv.startsWith(UTF8_BOM)).toBe(true);
    const lines = csv.slice(1).trimEnd().split("\r\n");
    expect(lines[0]).toBe(
      "填报单位,单位代码,单位类别,状态,最后修改,提交时间,首次公开时间,错误数,警告数,公开截止日期,截止情况",
    );
    expect(lines).toHaveLength(4);
    expect(lines[1]).toBe("a镇,a,乡镇,未开始,,,,,,2026-01-31,已逾期5天");
    expect(lines[2]).toMatch(
      /^b镇,b,乡镇,已提交待审,\d{4}-\d\d-\d\d \d\d:\d\d,2026-01-12 12:00,,0,0,2026-01-31,已逾期5天$/,
    );
    expect(lines[3]).toMatch(/^c镇,c,乡镇,已公开,.*,2026-02-02 12:00,0,0,2026-01-31,逾期公开$/);
  });

  it("follows the page's filters and sort", async () => {
    const rows = dashboardExportRows(await model({ status: "published" }));
    expect(rows.map((r) => r[0])).toEqual(["c镇"]);
    const sorted = dashboardExportRows(await model({ sort: "filingUnit", dir: "desc" }));
    expect(sorted.map((r) => r[1])).toEqual(["c", "b", "a"]);
  });

  it("carries each unit's kind, and a kind group's export names the group", async () => {
    const { county: mixed } = await makeCounty(t.db, "exp-kinds", [
      "t",
      { code: "s", kind: "street" },
      { code: "d", kind: "department" },
      { code: "g", kind: "government" },
    ]);
    const load = (params: Record<string, string> = {}) =>
      loadDashboardModel(t.db, {
        county: mixed,
        searchParams: { year: "2025", ...params },
        now: beijing("2026-02-05"),
      });
    const all = await load();
    // Each with its own deadline: the county government's is 31 March (条例 Art. 49).
    expect(dashboardExportRows(all).map((r) => [r[0], r[2], r[9], r[10]])).toEqual([
      ["g县人民政府", "县人民政府（本级）", "2026-03-31", "剩余54天"],
      ["s街道", "街道", "2026-01-31", "已逾期5天"],
      ["t镇", "乡镇", "2026-01-31", "已逾期5天"],
      ["d局", "县直部门", "2026-01-31", "已逾期5天"],
    ]);
    expect(dashboardExportName(all)).toBe("exp-kinds县-2025年度报告审核进度");
    expect(dashboardAsciiName(all, "csv")).toBe("exp-kinds-2025-review.csv");

    const departments = await load({ group: "department" });
    expect(dashboardExportRows(departments).map((r) => r[0])).toEqual(["d局"]);
    expect(dashboardExportName(departments)).toBe("exp-kinds县-2025年度报告审核进度（部门）");
    expect(dashboardAsciiName(departments, "xlsx")).toBe("exp-kinds-2025-review-department.xlsx");
    const local = dashboardExportRows(await load({ group: "local" }));
    expect(local.map((r) => r[2])).toEqual(["街道", "乡镇"]);
  });

  it("writes an xlsx that reads back with the same header and values", async () => {
    const buffer = await writeDashboardXlsx(await model());
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(buffer as unknown as ArrayBuffer);
    const sheet = workbook.getWorksheet("审核进度")!;
    expect(sheet.rowCount).toBe(4);
    const header = (sheet.getRow(1).values as unknown[]).slice(1);
    expect(header).toEqual([...EXPORT_COLUMNS]);
    const b = (sheet.getRow(3).values as unknown[]).slice(1);
    expect(b[0]).toBe("b镇");
    expect(b[2]).toBe("乡镇");
    expect(b[3]).toBe("已提交待审");
    expect(b[7]).toBe(0);
    expect(b[10]).toBe("已逾期5天");
    expect(sheet.getRow(2).getCell(8).value).toBeNull();
  });
});
