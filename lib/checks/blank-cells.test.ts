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

  test("lists the blank cells of a table with their count, and no value pair", () => {
    const data = govReport("gov-2021", { "T3.r05.c2": null, "T3.r01.c7": null });
    expect(blankCellsCheck.run(gov2021, data, checkContext())).toEqual([
      {
        id: "V-01",
        severity: "error",
        cells: ["T3.r01.c7", "T3.r05.c2"],
        message:
          "“三、收到和处理政府信息公开申请情况”表格有2个空白单元格：一、本年新收政府信息公开申请数量·总计、（三）不予公开 1.属于国家秘密·商业企业。没有的请填写0（空白、“-”、“/”不等于0）",
      },
    ]);
  });

  test("counts only the cells a person types: a total of blank terms is not blank on its own", () => {
    const findings = blankCellsCheck.run(gov2021, emptyReportData(gov2021), checkContext());
    const computed = new Set(gov2021.sums.map((rule) => rule.target));
    // T3: 25 rows × 7 columns minus the 总计 column and the （七）总计 row (31 totals); T4: 15 minus 3 totals.
    expect(findings.map((f) => f.cells.length)).toEqual([10, 144, 12]);
    expect(findings.flatMap((f) => f.cells).filter((id) => computed.has(id))).toEqual([]);
    expect(findings[2]?.message).toBe(
      "“四、政府信息公开行政复议、行政诉讼情况”表格有12个空白单元格：行政复议·结果维持、行政复议·结果纠正、行政复议·其他结果、行政复议·尚未审结、未经复议直接起诉·结果维持等。没有的请填写0（空白、“-”、“/”不等于0）",
    );
  });

  test("leaves out cells whose typed text the editor already reports as unreadable", () => {
    const data = govReport("gov-2021", { "T3.r05.c2": null, "T3.r06.c2": null });
    const findings = blankCellsCheck.run(gov2021, data, {
      ...checkContext(),
      unparsedCells: new Set(["T3.r05.c2"]),
    });
    expect(findings.map((f) => f.cells)).toEqual([["T3.r06.c2"]]);
    expect(
      blankCellsCheck.run(gov2021, data, {
        ...checkContext(),
        unparsedCells: new Set(["T3.r05.c2", "T3.r06.c2"]),
      }),
    ).toEqual([]);
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
