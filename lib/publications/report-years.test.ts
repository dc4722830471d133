import { describe, expect, it } from "vitest";
import { reportYears } from "./report-years";

describe("reportYears", () => {
  it("offers only the years that have reports, newest first, once each", () => {
    expect(reportYears([{ year: 2021 }, { year: 2018 }, { year: 2021 }, { year: 2025 }])).toEqual([
      2025, 2021, 2018,
    ]);
    expect(reportYears([])).toEqual([]);
  });

  it("keeps the year a filter asks for", () => {
    expect(reportYears([{ year: 2021 }], 2019)).toEqual([2021, 2019]);
  });
});
