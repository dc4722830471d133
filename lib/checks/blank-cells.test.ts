import { describe, expect, test } from "vitest";
import { getFormat } from "../format";
import { emptyReportData } from "../format/report-data";
import { blankCellsCheck } from "./blank-cells";
import { checkContext, govReport } from "./fixtures/report-builder";

const gov2021 = getFormat("gov-2021");

describe("V-01 blank cells", () => {
  test("passes when every cell holds a number, 0 included", () => {
    expect(blankCellsCheck.run(gov2021, govReport("gov-2021"), checkContext())).toEqual([]);
  });

  test("lists the blank cells of a table with their count", () => {
    const data = govReport("gov-2021", { "T3.r05.c2": null, "T3.r01.c7": null });
    expect(blankCellsCheck.run(gov2021, data, checkContext())).toEqual([
      {
        id: "V-01",
        severity: "error",
        cells: ["T3.r01.c7", "T3.r05.c2"],
        reported: 2,
        message:
          "“三、收到和处理政府信息公开申请情况”表格有2个空白单元格：一、本年新收政府信息公开申请数量·总计、（三）不予公开 1.属于国家秘密·商业企业。没有的请填写0（空白、“-”、“/”不等于0）",
      },
    ]);
  });

  test("gives one finding per table and names only the first five", () => {
    const findings = blankCellsCheck.run(gov2021, emptyReportData(gov2021), checkContext());
    expect(findings.map((f) => [f.cells.length, f.reported])).toEqual([
      [10, 10],
      [175, 175],
      [15, 15],
    ]);
    expect(findings[2]?.message).toBe(
      "“四、政府信息公开行政复议、行政诉讼情况”表格有15个空白单元格：行政复议·结果维持、行政复议·结果纠正、行政复议·其他结果、行政复议·尚未审结、行政复议·总计等。没有的请填写0（空白、“-”、“/”不等于0）",
    );
  });

  test("treats cells missing from short imported rows as blank", () => {
    const data = govReport("gov-2021");
    const truncated = { ...data, tables: { ...data.tables, T4: data.tables.T4.slice(0, 14) } };
    expect(blankCellsCheck.run(gov2021, truncated, checkContext()).map((f) => f.cells)).toEqual([["T4.c15"]]);
  });

  test("does nothing for stat-2014 data", () => {
    const stat = getFormat("stat-2014");
    expect(blankCellsCheck.run(stat, emptyReportData(stat), checkContext())).toEqual([]);
  });
});
