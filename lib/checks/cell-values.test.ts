import { describe, expect, test } from "vitest";
import { getFormat } from "../format";
import type { GovReportData, StatReportData } from "../format/report-data";
import { cellValuesCheck } from "./cell-values";
import { checkContext, govReport } from "./fixtures/report-builder";

/** Puts a value no form would produce into a copy of T3 (import without validation). */
function withRawT3(data: GovReportData, row: number, column: number, value: unknown): GovReportData {
  const T3: unknown[][] = data.tables.T3.map((r) => r.slice());
  const target = T3[row];
  if (target) target[column] = value;
  // The point of V-02 is data whose types lie; this is that data.
  return { ...data, tables: { ...data.tables, T3: T3 as GovReportData["tables"]["T3"] } };
}

describe("V-02 cell values", () => {
  test("passes valid counts, blanks and amounts", () => {
    const data = govReport("gov-2021", { "T2.fees.amount": 12.3456, "T3.r01.c1": null });
    expect(cellValuesCheck.run(getFormat("gov-2021"), data, checkContext())).toEqual([]);
  });

  test("flags negative and fractional counts, over-precise amounts and non-numbers", () => {
    const format = getFormat("gov-2021");
    let data = govReport("gov-2021", { "T3.r03.c1": -1, "T4.c2": 1.5, "T2.fees.amount": 0.1234567 });
    data = withRawT3(data, 4, 1, "-");
    expect(cellValuesCheck.run(format, data, checkContext())).toEqual([
      {
        id: "V-02",
        severity: "warning",
        cells: ["T2.fees.amount"],
        reported: 0.1234567,
        message:
          "行政事业性收费·本年收费金额（单位：万元）：金额（万元）超过6位小数（精确到分只需6位），请核对单位和数值",
      },
      {
        id: "V-02",
        severity: "error",
        cells: ["T3.r03.c1"],
        reported: -1,
        message: "（一）予以公开·自然人：请输入不小于0的整数",
      },
      {
        id: "V-02",
        severity: "error",
        cells: ["T3.r05.c2"],
        reported: "-",
        message: "（三）不予公开 1.属于国家秘密·商业企业：请输入数字",
      },
      {
        id: "V-02",
        severity: "error",
        cells: ["T4.c2"],
        reported: 1.5,
        message: "行政复议·结果纠正：请输入不小于0的整数",
      },
    ]);
  });

  test("allows negative 本年增/减 in gov-2019 but not a negative 上一年项目数量", () => {
    const format = getFormat("gov-2019");
    const data = govReport("gov-2019", { "T2.otherServices.change": -2, "T2.license.lastYear": -1 });
    expect(cellValuesCheck.run(format, data, checkContext({ year: 2020 })).map((f) => f.cells)).toEqual([
      ["T2.license.lastYear"],
    ]);
  });

  test("flags huge and infinite numbers", () => {
    const data = govReport("gov-2021", { "T3.r01.c1": 12345678901234567, "T3.r01.c2": Infinity });
    expect(cellValuesCheck.run(getFormat("gov-2021"), data, checkContext()).map((f) => f.message)).toEqual([
      "一、本年新收政府信息公开申请数量·自然人：数值不能超过999999999",
      "一、本年新收政府信息公开申请数量·商业企业：数值不能超过999999999",
    ]);
  });

  test("checks stat-2014 rows by their unit", () => {
    const data: StatReportData = {
      narratives: { s1: "" },
      tables: {
        STAT: [
          { label: "（一）主动公开政府信息数", unit: "条", value: 75 },
          { label: "依申请公开信息收取的费用", unit: "万元", value: 0.5 },
          { label: "举报投诉数量", unit: "件", value: -1 },
        ],
      },
    };
    expect(cellValuesCheck.run(getFormat("stat-2014"), data, checkContext({ year: 2018 }))).toEqual([
      {
        id: "V-02",
        severity: "error",
        cells: ["STAT.2"],
        reported: -1,
        message: "举报投诉数量：请输入不小于0的整数",
      },
    ]);
  });
});
