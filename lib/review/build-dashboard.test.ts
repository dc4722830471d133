import { describe, expect, it } from "vitest";
import type { ReportStatus } from "@/lib/workflow/status";
import { buildDashboard } from "./build-dashboard";
import { parseDashboardQuery, type SearchParams } from "./dashboard-query";
import type { DashboardData, SlotReport } from "./load-dashboard";

const at = (iso: string) => new Date(iso);

const unit = (id: string, code: string, name: string, kind = "township", retiredAt: Date | null = null) => ({
  id,
  code,
  name,
  kind,
  retiredAt,
});

function report(id: string, status: ReportStatus, extra: Partial<SlotReport> = {}): SlotReport {
  return {
    id,
    status,
    formatId: "gov-2021",
    updatedAt: at("2026-01-10T02:00:00Z"),
    submittedAt: null,
    reviewOpenedAt: null,
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
  assessed: true,
  years: [2025],
  slots: [
    { filingUnit: unit("1", "a", "甲镇"), report: null },
    { filingUnit: unit("2", "b", "乙镇"), report: report("rb", "draft", { errorCount: 3 }) },
    {
      filingUnit: unit("3", "c", "丙镇"),
      report: report("rc", "submitted", { warningCount: 2, submittedAt: at("2026-01-05T01:00:00Z") }),
    },
    { filingUnit: unit("4", "d", "丁镇"), report: report("rd", "approved") },
    {
      filingUnit: unit("5", "e", "戊镇"),
      report: report("re", "published", { publishedAt: at("2026-01-20T02:00:00Z") }),
    },
    {
      filingUnit: unit("6", "f", "己镇"),
      report: report("rf", "published", { publishedAt: at("2026-02-03T02:00:00Z"), warningCount: 1 }),
    },
  ],
};

const build = (params: SearchParams, today = "2026-02-05") =>
  buildDashboard(data, parseDashboardQuery(params, 2025), today);

/** The same townships with a street, two departments (one retired) and the county government beside them. */
const mixed: DashboardData = {
  ...data,
  slots: [
    { filingUnit: unit("7", "zz-gov", "县人民政府", "government"), report: report("rg", "submitted") },
    ...data.slots,
    { filingUnit: unit("8", "b2", "吉昌街道", "street"), report: null },
    { filingUnit: unit("9", "a-fgj", "发改局", "department"), report: report("rd1", "approved") },
    {
      filingUnit: unit("10", "a-old", "旧局", "department", at("2025-06-01T00:00:00Z")),
      report: report("rd2", "published", { publishedAt: at("2026-01-20T02:00:00Z") }),
    },
  ],
};
const buildMixed = (params: SearchParams) =>
  buildDashboard(mixed, parseDashboardQuery(params, 2025), "2026-02-05");

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

  it("orders units as a county portal does: the government's own, townships and streets, departments", () => {
    const m = buildMixed({});
    expect(m.rows.map((r) => r.filingUnitCode)).toEqual([
      "zz-gov",
      "a",
      "b",
      "b2",
      "c",
      "d",
      "e",
      "f",
      "a-fgj",
      "a-old",
    ]);
    expect(buildMixed({ dir: "desc" }).rows[0]?.filingUnitCode).toBe("a-old");
    // Ties under another sort keep that order too.
    expect(
      buildMixed({ sort: "status" })
        .rows.filter((r) => r.status === "approved")
        .map((r) => r.filingUnitCode),
    ).toEqual(["d", "a-fgj"]);
    expect(m.rows.find((r) => r.filingUnitCode === "a-old")).toMatchObject({
      kind: "department",
      retired: true,
    });
    expect(m.rows.find((r) => r.filingUnitCode === "b2")).toMatchObject({ kind: "street", retired: false });
  });

  it("counts every group whatever the filters, and status counts over the chosen group", () => {
    const all = buildMixed({ status: "published" });
    expect(all.groups).toEqual({
      all: { total: 10, published: 3 },
      local: { total: 7, published: 2 },
      department: { total: 2, published: 1 },
      government: { total: 1, published: 0 },
    });
    expect(all.total).toBe(10);

    const departments = buildMixed({ group: "department" });
    expect(departments.rows.map((r) => r.filingUnitName)).toEqual(["发改局", "旧局"]);
    expect(departments.total).toBe(2);
    expect(departments.counts).toMatchObject({ approved: 1, published: 1, not_started: 0, submitted: 0 });
    expect(departments.groups).toEqual(all.groups);
    expect(departments.rows.filter((r) => r.selectable).map((r) => r.filingUnitCode)).toEqual(["a-fgj"]);

    const local = buildMixed({ group: "local", status: "not_started" });
    expect(local.rows.map((r) => r.filingUnitCode)).toEqual(["a", "b2"]);
    expect(local.total).toBe(7);
    expect(local.counts.not_started).toBe(2);

    expect(buildMixed({ group: "government" }).rows.map((r) => r.kind)).toEqual(["government"]);
  });

  it("judges the county government's own report against 31 March, the others against the county's deadline", () => {
    const m = buildMixed({});
    const gov = m.rows.find((r) => r.kind === "government")!;
    expect(gov.deadlineDate).toBe("2026-03-31");
    expect(gov.deadline).toEqual({ kind: "remaining", days: 54 });
    expect(m.rows.find((r) => r.filingUnitCode === "a-fgj")!.deadlineDate).toBe("2026-01-31");
    expect(m.otherDeadlines).toEqual([{ label: "县人民政府（本级）", date: "2026-03-31" }]);
    expect(buildMixed({ overdue: "1" }).rows.map((r) => r.kind)).not.toContain("government");
    expect(buildMixed({ group: "department" }).otherDeadlines).toEqual([]);
  });

  it("judges no unit of a year known only from imported history: 未纳入统计, none late", () => {
    const history = buildDashboard(
      { ...data, reportingYear: null, assessed: false },
      parseDashboardQuery({}, 2025),
      "2030-06-01",
    );
    expect(new Set(history.rows.map((r) => r.deadline.kind))).toEqual(new Set(["not_assessed"]));
    expect(history.lateCount).toBe(0);
    expect(buildDashboard(data, parseDashboardQuery({}, 2025), "2030-06-01").lateCount).toBeGreaterThan(0);
  });

  it("tells a submission a reviewer has opened from one still waiting (the clerk may withdraw only the latter)", () => {
    const opened = buildDashboard(
      {
        ...data,
        slots: [
          { filingUnit: unit("1", "a", "甲镇"), report: report("ra", "submitted") },
          {
            filingUnit: unit("2", "b", "乙镇"),
            report: report("rb", "submitted", { reviewOpenedAt: at("2026-01-06T01:00:00Z") }),
          },
          {
            filingUnit: unit("3", "c", "丙镇"),
            report: report("rc", "approved", { reviewOpenedAt: at("2026-01-06T01:00:00Z") }),
          },
        ],
      },
      parseDashboardQuery({}, 2025),
      "2026-01-10",
    );
    expect(opened.rows.map((r) => [r.filingUnitCode, r.review])).toEqual([
      ["a", "unopened"],
      ["b", "opened"],
      ["c", null],
    ]);
  });
});
