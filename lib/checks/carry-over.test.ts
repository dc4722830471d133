import { describe, expect, test } from "vitest";
import { getFormat } from "../format";
import type { StatReportData } from "../format/report-data";
import { carryOverCheck } from "./carry-over";
import { checkContext, govReport } from "./fixtures/report-builder";

const gov2021 = getFormat("gov-2021");

describe("T3-06 上年结转 = last year's 结转下年度", () => {
  const lastYear2021 = govReport("gov-2021", { "T3.r25.c1": 2, "T3.r25.c7": 2 });

  test("passes when the carry-over matches", () => {
    const data = govReport("gov-2021", { "T3.r02.c1": 2, "T3.r02.c7": 2 });
    const context = checkContext({
      year: 2022,
      lastYear: { formatId: "gov-2021", year: 2021, data: lastYear2021 },
    });
    expect(carryOverCheck.run(gov2021, data, context)).toEqual([]);
  });

  test("flags each differing column", () => {
    const data = govReport("gov-2021", { "T3.r02.c1": 1, "T3.r02.c7": 1 });
    const context = checkContext({
      year: 2022,
      lastYear: { formatId: "gov-2021", year: 2021, data: lastYear2021 },
    });
    expect(carryOverCheck.run(gov2021, data, context)).toEqual([
      {
        id: "T3-06",
        severity: "warning",
        cells: ["T3.r02.c1"],
        reported: 1,
        computed: 2,
        message:
          "二、上年结转政府信息公开申请数量（1）应等于2021年度报告“四、结转下年度继续办理”（2）：自然人列",
      },
      {
        id: "T3-06",
        severity: "warning",
        cells: ["T3.r02.c7"],
        reported: 1,
        computed: 2,
        message:
          "二、上年结转政府信息公开申请数量（1）应等于2021年度报告“四、结转下年度继续办理”（2）：总计列",
      },
    ]);
  });

  test("compares a 2021 report with a 2020 report in the 2019 format (23 rows)", () => {
    const last = govReport("gov-2019", { "T3.r25.c3": 4 });
    const data = govReport("gov-2021", { "T3.r02.c3": 3 });
    const context = checkContext({ year: 2021, lastYear: { formatId: "gov-2019", year: 2020, data: last } });
    expect(
      carryOverCheck.run(gov2021, data, context).map((f) => [f.cells[0], f.reported, f.computed]),
    ).toEqual([["T3.r02.c3", 3, 4]]);
  });

  test("skips when last year is missing, not the year before, or a stat-2014 table", () => {
    const data = govReport("gov-2021", { "T3.r02.c1": 9 });
    expect(carryOverCheck.run(gov2021, data, checkContext({ lastYear: null }))).toEqual([]);
    expect(carryOverCheck.run(gov2021, data, checkContext())).toEqual([]);
    const twoYearsBack = { formatId: "gov-2021" as const, year: 2020, data: lastYear2021 };
    expect(carryOverCheck.run(gov2021, data, checkContext({ year: 2022, lastYear: twoYearsBack }))).toEqual(
      [],
    );
    const stat: StatReportData = { narratives: { s1: "" }, tables: { STAT: [] } };
    const statYear = checkContext({
      year: 2019,
      lastYear: { formatId: "stat-2014", year: 2018, data: stat },
    });
    expect(
      carryOverCheck.run(getFormat("gov-2019"), govReport("gov-2019", { "T3.r02.c1": 9 }), statYear),
    ).toEqual([]);
  });

  test("skips blank cells on either side", () => {
    const last = govReport("gov-2021", { "T3.r25.c1": null });
    const data = govReport("gov-2021", { "T3.r02.c1": 5 });
    const context = checkContext({ year: 2022, lastYear: { formatId: "gov-2021", year: 2021, data: last } });
    expect(carryOverCheck.run(gov2021, data, context)).toEqual([]);
  });
});
