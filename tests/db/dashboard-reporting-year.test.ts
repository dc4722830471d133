/** Opening reporting years and the county's publish settings. */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEMO_COUNTIES } from "@/lib/demo/demo-data";
import { seedDemo } from "@/lib/demo/seed-demo";
import { loadDashboardModel } from "@/lib/review/dashboard-model";
import { openReportingYear } from "@/lib/reporting/open-reporting-year";
import { currentReportYear, deadlineOf } from "@/lib/reporting/report-year";
import { updateCountySettings } from "@/lib/reporting/update-county-settings";
import { AppError } from "@/lib/actions/app-error";
import { beijing, makeCounty } from "./dashboard-fixtures";
import { freshDatabase, type TestDatabase } from "./test-database";

let t: TestDatabase;
beforeAll(async () => {
  t = await freshDatabase();
});
afterAll(() => t.drop());

async function refusal(promise: Promise<unknown>): Promise<AppError> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(AppError);
  return error as AppError;
}

describe("openReportingYear", () => {
  it("opens a year with the county's default deadline, then changes it on a second call", async () => {
    const { county } = await makeCounty(t.db, "ry", ["a", "b", "c"]);
    await t.db.county.update({ where: { id: county.id }, data: { defaultDeadline: "02-20" } });
    const first = await openReportingYear(t.db, { countyId: county.id, year: 2025, maxYear: 2026 });
    expect(first.created).toBe(true);
    expect(first.reportingYear.deadline).toBe("2026-02-20");
    const second = await openReportingYear(t.db, {
      countyId: county.id,
      year: 2025,
      deadline: "2026-03-01",
      maxYear: 2026,
    });
    expect(second.created).toBe(false);
    expect(second.reportingYear.deadline).toBe("2026-03-01");
    expect(await t.db.reportingYear.count({ where: { countyId: county.id } })).toBe(1);

    // Every filing unit has its slot on the dashboard, with the opened deadline.
    const m = await loadDashboardModel(t.db, {
      county: { ...county, defaultDeadline: "02-20" },
      searchParams: { year: "2025" },
      now: beijing("2026-02-25"),
    });
    expect(m.deadline).toBe("2026-03-01");
    expect(m.rows.map((r) => [r.filingUnitCode, r.status])).toEqual([
      ["a", "not_started"],
      ["b", "not_started"],
      ["c", "not_started"],
    ]);
  });

  it("refuses deadlines outside the following year, years too far ahead and unknown counties", async () => {
    const { county } = await makeCounty(t.db, "ry2", ["a"]);
    expect(
      (
        await refusal(
          openReportingYear(t.db, { countyId: county.id, year: 2025, deadline: "2025-12-31", maxYear: 2026 }),
        )
      ).message,
    ).toBe("截止日期应在报告年度的次年");
    expect(
      (
        await refusal(
          openReportingYear(t.db, { countyId: county.id, year: 2025, deadline: "2026-02-30", maxYear: 2026 }),
        )
      ).code,
    ).toBe("invalid");
    expect(
      (await refusal(openReportingYear(t.db, { countyId: county.id, year: 2028, maxYear: 2026 }))).message,
    ).toContain("2026");
    expect(
      (await refusal(openReportingYear(t.db, { countyId: "nope", year: 2025, maxYear: 2026 }))).code,
    ).toBe("not-found");
  });

  it("two admins opening the same year at once end with one row", async () => {
    const { county } = await makeCounty(t.db, "ry3", ["a"]);
    await Promise.all([
      openReportingYear(t.db, { countyId: county.id, year: 2025, maxYear: 2026 }),
      openReportingYear(t.db, { countyId: county.id, year: 2025, maxYear: 2026 }),
    ]);
    expect(await t.db.reportingYear.count({ where: { countyId: county.id, year: 2025 } })).toBe(1);
  });
});

describe("updateCountySettings", () => {
  it("sets the publish mode, the rule for early reports and the default deadline, and validates the month-day", async () => {
    const { county } = await makeCounty(t.db, "cs", ["a"]);
    const updated = await updateCountySettings(t.db, {
      countyId: county.id,
      defaultDeadline: "02-20",
      approvalPublishes: true,
      blockEarlySubmission: true,
    });
    expect(updated).toMatchObject({
      defaultDeadline: "02-20",
      approvalPublishes: true,
      blockEarlySubmission: true,
    });
    expect(
      (
        await refusal(
          updateCountySettings(t.db, {
            countyId: county.id,
            defaultDeadline: "2-20",
            approvalPublishes: false,
            blockEarlySubmission: false,
          }),
        )
      ).message,
    ).toContain("月-日");
  });
});

describe("demo data", () => {
  it("opens the current reporting year for every demo county", async () => {
    const demo = await freshDatabase();
    try {
      await seedDemo(demo.db);
      const year = currentReportYear(new Date());
      const opened = await demo.db.reportingYear.findMany({ include: { county: true } });
      expect(opened.map((y) => y.county.code).sort()).toEqual(DEMO_COUNTIES.map((c) => c.code).sort());
      for (const y of opened) expect(y).toMatchObject({ year, deadline: deadlineOf(year, "01-31") });
    } finally {
      await demo.drop();
    }
  });
});
