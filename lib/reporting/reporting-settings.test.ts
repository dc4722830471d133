import { describe, expect, it } from "vitest";
import { countySettingsSchema, isIsoDay, isMonthDay, reportingYearInputSchema } from "./reporting-settings";
import { deadlineFor, yearDeadline } from "./year-deadline";

describe("reporting settings", () => {
  it("accepts real month-days and dates only", () => {
    expect(isMonthDay("01-31")).toBe(true);
    expect(isMonthDay("02-29")).toBe(true);
    expect(isMonthDay("02-30")).toBe(false);
    expect(isMonthDay("1-31")).toBe(false);
    expect(isIsoDay("2026-02-20")).toBe(true);
    expect(isIsoDay("2026-02-29")).toBe(false);
    expect(
      countySettingsSchema.safeParse({ defaultDeadline: "13-01", approvalPublishes: false }).success,
    ).toBe(false);
  });

  it("wants a reporting year's deadline in the following year", () => {
    expect(reportingYearInputSchema.safeParse({ year: "2025", deadline: "2026-02-20" }).success).toBe(true);
    expect(reportingYearInputSchema.safeParse({ year: 2025 }).success).toBe(true);
    const wrong = reportingYearInputSchema.safeParse({ year: 2025, deadline: "2025-12-31" });
    expect(wrong.success).toBe(false);
    expect(wrong.error?.issues[0]?.message).toBe("截止日期应在报告年度的次年");
    expect(reportingYearInputSchema.safeParse({ year: 2007 }).success).toBe(false);
  });

  it("takes an opened year's deadline over the county default", () => {
    expect(yearDeadline({ defaultDeadline: "02-20" }, 2025, null)).toBe("2026-02-20");
    expect(yearDeadline({ defaultDeadline: "02-20" }, 2025, { deadline: "2026-03-01" })).toBe("2026-03-01");
  });

  it("gives the county government's own report until 31 March (条例 Art. 49), or the county's later day", () => {
    expect(deadlineFor("government", "2026-01-31", 2025)).toBe("2026-03-31");
    expect(deadlineFor("government", "2026-04-15", 2025)).toBe("2026-04-15");
    for (const kind of ["township", "street", "department"] as const)
      expect(deadlineFor(kind, "2026-02-20", 2025)).toBe("2026-02-20");
  });
});
