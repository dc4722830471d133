import { describe, expect, test } from "vitest";
import { getFormat } from "../format";
import { emptyReportData } from "../format/report-data";
import { checkContext } from "./fixtures/report-builder";
import { formatYearCheck } from "./format-year";

function run(formatId: "gov-2021" | "gov-2019" | "stat-2014", year: number) {
  const format = getFormat(formatId);
  return formatYearCheck.run(format, emptyReportData(format), checkContext({ year }));
}

describe("F-01 format fits the report year", () => {
  test("passes for the right template", () => {
    expect(run("gov-2021", 2021)).toEqual([]);
    expect(run("gov-2021", 2025)).toEqual([]);
    expect(run("gov-2019", 2020)).toEqual([]);
    expect(run("stat-2014", 2018)).toEqual([]);
  });

  test("flags the 2019 template for a 2022 report", () => {
    expect(run("gov-2019", 2022)).toEqual([
      {
        id: "F-01",
        severity: "error",
        cells: [],
        reported: "gov-2019",
        computed: "gov-2021",
        message:
          "2022年度报告应使用2021年版年度报告格式（国办公开办函〔2021〕30号），当前使用的是2019年版年度报告格式（试行），请更换格式",
      },
    ]);
  });

  test("flags the 2021 template before 2021 and the statistical table from 2019 on", () => {
    expect(run("gov-2021", 2020).map((f) => f.computed)).toEqual(["gov-2019"]);
    expect(run("gov-2021", 2018).map((f) => f.computed)).toEqual(["stat-2014"]);
    expect(run("stat-2014", 2019).map((f) => f.computed)).toEqual(["gov-2019"]);
    expect(run("stat-2014", 2023).map((f) => f.computed)).toEqual(["gov-2021"]);
  });

  test("flags a table left on the older template inside a report on the right one", () => {
    const format = getFormat("gov-2021");
    const context = checkContext({ year: 2021, tableFormats: [{ tableId: "T3", formatId: "gov-2019" }] });
    expect(formatYearCheck.run(format, emptyReportData(format), context)).toEqual([
      {
        id: "F-01",
        severity: "error",
        cells: ["s3"],
        reported: "gov-2019",
        computed: "gov-2021",
        message:
          "2021年度报告的“三、收到和处理政府信息公开申请情况”表格应使用2021年版年度报告格式（国办公开办函〔2021〕30号），当前使用的是2019年版年度报告格式（试行），请更换表格",
      },
    ]);
    const same = checkContext({ year: 2021, tableFormats: [{ tableId: "T3", formatId: "gov-2021" }] });
    expect(formatYearCheck.run(format, emptyReportData(format), same)).toEqual([]);
  });
});
