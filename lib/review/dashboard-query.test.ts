import { describe, expect, it } from "vitest";
import { dashboardSearch, parseDashboardQuery } from "./dashboard-query";

describe("dashboard query", () => {
  it("defaults to the current year, all statuses, filing unit order", () => {
    expect(parseDashboardQuery({}, 2025)).toEqual({
      year: 2025,
      status: null,
      overdue: false,
      warnings: false,
      sort: "filingUnit",
      dir: "asc",
    });
  });

  it("reads filters and sort, the first of repeated values", () => {
    const q = parseDashboardQuery(
      {
        year: ["2023", "2024"],
        status: "submitted",
        overdue: "1",
        warnings: "on",
        sort: "deadline",
        dir: "desc",
      },
      2025,
    );
    expect(q).toEqual({
      year: 2023,
      status: "submitted",
      overdue: true,
      warnings: true,
      sort: "deadline",
      dir: "desc",
    });
  });

  it("falls back to defaults on nonsense rather than failing the page", () => {
    const q = parseDashboardQuery(
      { year: "abc", status: "deleted", sort: "'; drop", dir: "up", overdue: "yes" },
      2025,
    );
    expect(q).toEqual(parseDashboardQuery({}, 2025));
    expect(parseDashboardQuery({ year: "1899" }, 2025).year).toBe(2025);
  });

  it("writes a state back as a short query string", () => {
    const q = parseDashboardQuery({ year: "2024" }, 2025);
    expect(dashboardSearch(q)).toBe("?year=2024");
    expect(dashboardSearch(q, { status: "returned", overdue: true, sort: "errors", dir: "desc" })).toBe(
      "?year=2024&status=returned&overdue=1&sort=errors&dir=desc",
    );
  });
});
