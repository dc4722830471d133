import { describe, expect, it } from "vitest";
import { dashboardSearch, parseDashboardQuery } from "./dashboard-query";

describe("dashboard query", () => {
  it("defaults to the current year, all statuses, filing unit order", () => {
    expect(parseDashboardQuery({}, 2025)).toEqual({
      year: 2025,
      group: null,
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
        group: "department",
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
      group: "department",
      status: "submitted",
      overdue: true,
      warnings: true,
      sort: "deadline",
      dir: "desc",
    });
  });

  it("falls back to defaults on nonsense rather than failing the page", () => {
    const q = parseDashboardQuery(
      { year: "abc", group: "township", status: "deleted", sort: "'; drop", dir: "up", overdue: "yes" },
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
    expect(dashboardSearch(q, { group: "local" })).toBe("?year=2024&group=local");
  });

  it("reads each kind group, and an empty or unknown group as all units", () => {
    for (const group of ["local", "department", "government"] as const)
      expect(parseDashboardQuery({ group }, 2025).group).toBe(group);
    expect(parseDashboardQuery({ group: "" }, 2025).group).toBeNull();
    // A kind is not a group: 乡镇 and 街道 are filtered together as 乡镇（街道）.
    expect(parseDashboardQuery({ group: "street" }, 2025).group).toBeNull();
    const q = parseDashboardQuery({ year: "2024", group: "government" }, 2025);
    expect(parseDashboardQuery(Object.fromEntries(new URLSearchParams(dashboardSearch(q))), 2025)).toEqual(q);
  });
});
