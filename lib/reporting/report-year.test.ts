import { describe, expect, it } from "vitest";
import { currentReportYear, daysUntil, deadlineLabel, deadlineOf } from "./report-year";

describe("reporting calendar", () => {
  it("reports the current year from October on, last year before", () => {
    expect(currentReportYear(new Date("2026-11-24T08:00:00Z"))).toBe(2026);
    expect(currentReportYear(new Date("2027-01-15T08:00:00Z"))).toBe(2026);
    expect(currentReportYear(new Date("2026-09-30T08:00:00Z"))).toBe(2025);
  });
  it("places the deadline in the following year", () => {
    expect(deadlineOf(2026, "01-31")).toBe("2027-01-31");
    expect(deadlineOf(2026, "02-20")).toBe("2027-02-20");
    expect(deadlineOf(2026, "garbage")).toBe("2027-01-31");
  });
  it("keeps a 02-29 deadline a real date: the last day of February outside leap years", () => {
    expect(deadlineOf(2026, "02-29")).toBe("2027-02-28");
    expect(deadlineOf(2027, "02-29")).toBe("2028-02-29");
    expect(deadlineOf(2099, "02-29")).toBe("2100-02-28");
  });
  it("counts days left and days overdue", () => {
    expect(daysUntil("2027-01-31", "2027-01-30")).toBe(1);
    expect(deadlineLabel("2027-01-31", "2027-01-31")).toBe("剩余0天");
    expect(deadlineLabel("2027-01-31", "2027-02-03")).toBe("已逾期3天");
  });
});
