import { describe, expect, test } from "vitest";
import { getFormat } from "../format";
import { checkContext, govReport } from "./fixtures/report-builder";
import { statisticsPeriodCheck } from "./statistics-period";

const format = getFormat("gov-2021");
const run = (today: string | undefined, earlySubmission?: "warn" | "block") =>
  statisticsPeriodCheck.run(format, govReport("gov-2021"), {
    ...checkContext(),
    year: 2026,
    today,
    earlySubmission,
  });

describe("D-02 statistics period not ended (E14)", () => {
  test("warns on any day of the report year itself, up to 31 December", () => {
    for (const today of ["2026-10-01", "2026-12-31"]) {
      const [finding] = run(today);
      expect(finding).toMatchObject({ id: "D-02", severity: "warning", cells: [] });
      expect(finding?.message).toContain("2026年12月31日才结束");
    }
  });

  test("says nothing once the year is over, or without a date", () => {
    expect(run("2027-01-01")).toEqual([]);
    expect(run("2027-03-15")).toEqual([]);
    expect(run(undefined)).toEqual([]);
  });

  test("is an error where the county blocks early reports", () => {
    expect(run("2026-12-01", "block")[0]).toMatchObject({ severity: "error" });
    expect(run("2026-12-01", "block")[0]?.message).toContain("2027年1月1日以后提交");
  });
});
