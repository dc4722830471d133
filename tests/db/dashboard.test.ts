/**
 * The county dashboard's data against a real database: one row per filing unit
 * whether or not it has started, statuses, finding counts, deadline states
 * (including 逾期公开), filters, counts, the year list, and a bounded number
 * of queries however many filing units there are.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Db } from "@/lib/db/client";
import { loadDashboardModel } from "@/lib/review/dashboard-model";
import { deadlineStateLabel } from "@/lib/review/deadline-state";
import { loadDashboard } from "@/lib/review/load-dashboard";
import { openReportingYear } from "@/lib/reporting/open-reporting-year";
import { beijing, makeActors, makeCounty, reportInState, retire } from "./dashboard-fixtures";
import { completeReport } from "./support/complete-report";
import { freshDatabase, type TestDatabase } from "./test-database";

let t: TestDatabase;
let county: Awaited<ReturnType<typeof makeCounty>>["county"];
let kinds: Awaited<ReturnType<typeof makeCounty>>["county"];

beforeAll(async () => {
  t = await freshDatabase();
  const actors = await makeActors(t.db);
  const made = await makeCounty(t.db, "dash", ["a", "b", "c", "d", "e", "f", "g", "h"]);
  county = made.county;
  const [, b, c, d, e, f, g, h] = made.filingUnits.map((x) => x.id);
  await openReportingYear(t.db, { countyId: county.id, year: 2025, maxYear: 2026 });
  const year = 2025;
  // a: not started
  const broken = completeReport((x) => {
    x.tables.T3[0]![0] = null;
  });
  await reportInState(t.db, { filingUnitId: b!, year, state: "draft", actors, data: broken });
  const cId = await reportInState(t.db, {
    filingUnitId: c!,
    year,
    state: "submitted",
    actors,
    submittedOn: "2026-01-12",
  });
  // Counts as the last save wrote them; set directly to give one submitted report open warnings.
  await t.db.report.update({ where: { id: cId }, data: { warningCount: 2 } });
  await reportInState(t.db, { filingUnitId: d!, year, state: "returned", actors });
  await reportInState(t.db, { filingUnitId: e!, year, state: "approved", actors });
  await reportInState(t.db, {
    filingUnitId: f!,
    year,
    state: "published",
    actors,
    publishedOn: "2026-01-20",
  });
  await reportInState(t.db, {
    filingUnitId: g!,
    year,
    state: "published",
    actors,
    publishedOn: "2026-02-03",
  });
  await reportInState(t.db, {
    filingUnitId: h!,
    year,
    state: "correcting",
    actors,
    publishedOn: "2026-01-31",
  });
  // A report of another year must not leak into 2025.
  await reportInState(t.db, {
    filingUnitId: b!,
    year: 2024,
    state: "published",
    actors,
    publishedOn: "2025-01-20",
  });

  // A county with every kind of filer, and retired units.
  const mixed = await makeCounty(t.db, "kinds", [
    { code: "g", kind: "government" },
    "t1",
    { code: "s1", kind: "street" },
    "told",
    { code: "d1", kind: "department" },
    { code: "d2", kind: "department" },
    { code: "dold", kind: "department" },
    { code: "dgone", kind: "department" },
  ]);
  kinds = mixed.county;
  const unit = Object.fromEntries(mixed.filingUnits.map((u) => [u.code, u.id]));
  await reportInState(t.db, { filingUnitId: unit.g!, year, state: "submitted", actors });
  await reportInState(t.db, {
    filingUnitId: unit.s1!,
    year,
    state: "published",
    actors,
    publishedOn: "2026-01-20",
  });
  await reportInState(t.db, { filingUnitId: unit.told!, year, state: "draft", actors });
  await reportInState(t.db, { filingUnitId: unit.d1!, year, state: "approved", actors });
  await reportInState(t.db, { filingUnitId: unit.d2!, year, state: "draft", actors });
  await reportInState(t.db, { filingUnitId: unit.dold!, year: 2024, state: "published", actors });
  // Retired: told during 2025 (its report of the year stays), dold after its 2024 report, dgone with none.
  for (const code of ["told", "dold", "dgone"]) await retire(t.db, unit[code]!);
});
afterAll(() => t.drop());

const model = (searchParams: Record<string, string>, day = "2026-01-25") =>
  loadDashboardModel(t.db, { county, searchParams: { year: "2025", ...searchParams }, now: beijing(day) });

describe("loadDashboardModel", () => {
  it("lists every filing unit with its status, counts and deadline state", async () => {
    const m = await model({});
    expect(m.deadline).toBe("2026-01-31");
    expect(m.reportingYear?.deadline).toBe("2026-01-31");
    const rows = Object.fromEntries(m.rows.map((r) => [r.filingUnitCode, r]));
    expect(m.rows.map((r) => r.filingUnitCode)).toEqual(["a", "b", "c", "d", "e", "f", "g", "h"]);
    expect(Object.fromEntries(m.rows.map((r) => [r.filingUnitCode, r.status]))).toEqual({
      a: "not_started",
      b: "draft",
      c: "submitted",
      d: "returned",
      e: "approved",
      f: "published",
      g: "published",
      h: "correcting",
    });
    expect(rows.a!.reportId).toBeNull();
    expect(rows.a!.errorCount).toBeNull();
    expect(rows.b!.errorCount).toBeGreaterThan(0);
    expect(rows.c!.warningCount).toBe(2);
    expect(rows.c!.submittedAt?.toISOString()).toBe(beijing("2026-01-12").toISOString());
    expect(Object.fromEntries(m.rows.map((r) => [r.filingUnitCode, deadlineStateLabel(r.deadline)]))).toEqual(
      {
        a: "剩余6天",
        b: "剩余6天",
        c: "剩余6天",
        d: "剩余6天",
        e: "剩余6天",
        f: "按时公开",
        g: "逾期公开",
        h: "按时公开",
      },
    );
    expect(m.counts).toEqual({
      not_started: 1,
      draft: 1,
      submitted: 1,
      returned: 1,
      approved: 1,
      published: 2,
      correcting: 1,
    });
    expect(m.rows.filter((r) => r.selectable).map((r) => r.filingUnitCode)).toEqual(["c", "e"]);
  });

  it("shows overdue days for unpublished filing units after the deadline", async () => {
    const m = await model({}, "2026-02-05");
    const labels = Object.fromEntries(m.rows.map((r) => [r.filingUnitCode, deadlineStateLabel(r.deadline)]));
    expect(labels).toMatchObject({ a: "已逾期5天", e: "已逾期5天", f: "按时公开", g: "逾期公开" });
    expect(m.lateCount).toBe(6);
  });

  it("filters by status, lateness and warnings; counts stay over all filing units", async () => {
    expect((await model({ status: "published" })).rows.map((r) => r.filingUnitCode)).toEqual(["f", "g"]);
    expect((await model({ status: "not_started" })).rows.map((r) => r.filingUnitCode)).toEqual(["a"]);
    const late = await model({ overdue: "1" });
    expect(late.rows.map((r) => r.filingUnitCode)).toEqual(["g"]);
    expect(late.total).toBe(8);
    expect((await model({ warnings: "1" })).rows.map((r) => r.filingUnitCode)).toEqual(["c"]);
    expect((await model({ sort: "status", dir: "desc" })).rows[0]?.filingUnitCode).toBe("h");
  });

  it("falls back to the county default for a year not opened, and offers the years that exist", async () => {
    const m = await model({ year: "2024" });
    expect(m.reportingYear).toBeNull();
    expect(m.deadline).toBe("2025-01-31");
    expect(m.rows.find((r) => r.filingUnitCode === "b")?.status).toBe("published");
    expect(m.rows.filter((r) => r.status === "not_started")).toHaveLength(7);
    expect(m.years).toEqual(expect.arrayContaining([2025, 2024]));
    expect(m.years).toEqual([...m.years].sort((x, y) => y - x));
  });

  it("asks the database a fixed number of times, however many filing units", async () => {
    let calls = 0;
    const counting = t.db.$extends({
      query: {
        $allOperations({ args, query }) {
          calls += 1;
          return query(args);
        },
      },
    }) as unknown as Db;
    const ref = { ...county };
    await loadDashboard(counting, { county: ref, year: 2025, currentYear: 2025 });
    const few = calls;
    const more = await makeCounty(
      t.db,
      "dash-big",
      Array.from({ length: 40 }, (_, i) => `t${i}`),
    );
    calls = 0;
    await loadDashboard(counting, { county: more.county, year: 2025, currentYear: 2025 });
    expect(calls).toBe(few);
    expect(few).toBeLessThanOrEqual(3);
  });
});

describe("the dashboard by kind of filing unit", () => {
  const kindsModel = (searchParams: Record<string, string> = {}) =>
    loadDashboardModel(t.db, {
      county: kinds,
      searchParams: { year: "2025", ...searchParams },
      now: beijing("2026-01-25"),
    });

  it("lists every kind with its label, the county government first and departments last", async () => {
    const m = await kindsModel();
    expect(m.rows.map((r) => [r.filingUnitName, r.kind])).toEqual([
      ["g县人民政府", "government"],
      ["s1街道", "street"],
      ["t1镇", "township"],
      ["told镇", "township"],
      ["d1局", "department"],
      ["d2局", "department"],
    ]);
    expect(m.rows.map((r) => r.deadlineDate)).toEqual(["2026-03-31", ...Array<string>(5).fill("2026-01-31")]);
    expect(m.groups).toEqual({
      all: { total: 6, published: 1 },
      local: { total: 3, published: 1 },
      department: { total: 2, published: 0 },
      government: { total: 1, published: 0 },
    });
  });

  it("filters by kind group with the other filters, counting statuses within the group", async () => {
    const departments = await kindsModel({ group: "department" });
    expect(departments.query.group).toBe("department");
    expect(departments.rows.map((r) => r.filingUnitCode)).toEqual(["d1", "d2"]);
    expect(departments.total).toBe(2);
    expect(departments.counts).toMatchObject({ approved: 1, draft: 1, submitted: 0, not_started: 0 });
    expect(departments.rows.filter((r) => r.selectable).map((r) => r.filingUnitCode)).toEqual(["d1"]);

    const local = await kindsModel({ group: "local", status: "not_started" });
    expect(local.rows.map((r) => r.filingUnitCode)).toEqual(["t1"]);
    expect(local.counts).toMatchObject({ not_started: 1, draft: 1, published: 1 });

    const government = await kindsModel({ group: "government", sort: "status", dir: "desc" });
    expect(government.rows.map((r) => r.filingUnitName)).toEqual(["g县人民政府"]);

    // An unknown group is every unit, not an error.
    expect((await kindsModel({ group: "county" })).rows).toHaveLength(6);
  });

  it("shows a retired unit only in the years it has a report", async () => {
    const y2025 = await kindsModel();
    expect(y2025.rows.map((r) => r.filingUnitCode)).not.toContain("dold");
    expect(y2025.rows.find((r) => r.filingUnitCode === "told")).toMatchObject({
      retired: true,
      status: "draft",
    });
    const y2024 = await kindsModel({ year: "2024" });
    expect(y2024.rows.find((r) => r.filingUnitCode === "dold")).toMatchObject({
      retired: true,
      status: "published",
    });
    expect(y2024.rows.map((r) => r.filingUnitCode)).not.toContain("told");
    for (const m of [y2025, y2024]) expect(m.rows.map((r) => r.filingUnitCode)).not.toContain("dgone");
  });
});
