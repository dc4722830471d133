import { describe, expect, it } from "vitest";
import type { ReportStatus } from "@/lib/workflow/status";
import { buildDashboard } from "./build-dashboard";
import { parseDashboardQuery, type SearchParams } from "./dashboard-query";
import type { DashboardData, SlotReport } from "./load-dashboard";

const at = (iso: string) => new Date(iso);

function report(id: string, status: ReportStatus, extra: Partial<SlotReport> = {}): SlotReport {
  return {
    id,
    status,
    formatId: "gov-2021",
    updatedAt: at("2026-01-10T02:00:00Z"),
    submittedAt: null,
    publishedAt: null,
    errorCount: 0,
    warningCount: 0,
    publishedRevision: 0,
    ...extra,
  };
}

const data: DashboardData = {
  county: { id: "c", code: "c", name: "测试县", defaultDeadline: "01-31", approvalPublishes: false },
  year: 2025,
  reportingYear: { year: 2025, deadline: "2026-01-31", openedAt: at("2025-10-01T00:00:00Z") },
  deadline: "2026-01-31",
  years: [2025],
  slots: [
    { filingUnit: { id: "1", code: "a", name: "甲镇" }, report: null },
    { filingUnit: { id: "2", code: "b", name: "乙镇" }, report: report("rb", "draft", { errorCount: 3 }) },
    {
      filingUnit: { id: "3", code: "c", name: "丙镇" },
      report: report("rc", "submitted", { warningCount: 2, submittedAt: at("2026-01-05T01:00:00Z") }),
    },
    { filingUnit: { id: "4", code: "d", name: "丁镇" }, report: report("rd", "approved") },
    {
      filingUnit: { id: "5", code: "e", name: "戊镇" },
      report: report("re", "published", { publishedAt: at("2026-01-20T02:00:00Z") }),
    },
    {
      filingUnit: { id: "6", code: "f", name: "己镇" },
      report: report("rf", "published", { publishedAt: at("2026-02-03T02:00:00Z"), warningCount: 1 }),
    },
  ],
};

const build = (params: SearchParams, today = "2026-02-05") =>
  buildDashboard(data, parseDashboardQuery(params, 2025), today);

describe("buildDashboard", () => {
  it("has a row per filing unit with counts over all of them", () => {
    const m = build({});
    expect(m.rows.map((r) => r.filingUnitName)).toEqual(["甲镇", "乙镇", "丙镇", "丁镇", "戊镇", "己镇"]);
    expect(m.total).toBe(6);
    expect(m.counts).toMatchObject({
      not_started: 1,
      draft: 1,
      submitted: 1,
      approved: 1,
      published: 2,
      returned: 0,
    });
    // Four unpublished filing units are past the deadline, one published late.
    expect(m.lateCount).toBe(5);
    expect(m.warningCount).toBe(2);
    expect(m.rows.filter((r) => r.selectable).map((r) => r.filingUnitCode)).toEqual(["c", "d"]);
  });

  it("filters by status, lateness and warnings, keeping counts over all", () => {
    expect(build({ status: "published" }).rows.map((r) => r.filingUnitCode)).toEqual(["e", "f"]);
    expect(build({ status: "not_started" }).rows.map((r) => r.filingUnitCode)).toEqual(["a"]);
    expect(build({ overdue: "1" }).rows.map((r) => r.filingUnitCode)).toEqual(["a", "b", "c", "d", "f"]);
    expect(build({ overdue: "1" }, "2026-01-25").rows.map((r) => r.filingUnitCode)).toEqual(["f"]);
    const warned = build({ warnings: "1", status: "published" });
    expect(warned.rows.map((r) => r.filingUnitCode)).toEqual(["f"]);
    expect(warned.total).toBe(6);
  });

  it("sorts by any column, blanks last in both directions, ties in filing unit order", () => {
    expect(build({ sort: "errors", dir: "desc" }).rows.map((r) => r.filingUnitCode)).toEqual([
      "b",
      "c",
      "d",
      "e",
      "f",
      "a",
    ]);
    expect(build({ sort: "errors" }).rows.map((r) => r.filingUnitCode)).toEqual([
      "c",
      "d",
      "e",
      "f",
      "b",
      "a",
    ]);
    expect(build({ sort: "submitted" }).rows[0]?.filingUnitCode).toBe("c");
    expect(build({ sort: "status" }).rows.map((r) => r.status)).toEqual([
      "not_started",
      "draft",
      "submitted",
      "approved",
      "published",
      "published",
    ]);
    expect(build({ sort: "deadline" }, "2026-01-25").rows.map((r) => r.filingUnitCode)).toEqual([
      "a",
      "b",
      "c",
      "d",
      "f",
      "e",
    ]);
  });
});
