import { describe, expect, test } from "vitest";
import { numberReader } from "./cell-access";
import { getFormat } from "./index";
import { computeTotals, emptyReportData, isGovData, setCellValues, type GovReportData } from "./report-data";
import type { CellValue } from "./types";

const gov2021 = getFormat("gov-2021");

function report(
  values: Record<string, CellValue>,
  formatId: "gov-2021" | "gov-2019" = "gov-2021",
): GovReportData {
  const format = getFormat(formatId);
  const empty = emptyReportData(format);
  if (!isGovData(empty)) throw new Error("not gov");
  return setCellValues(format, empty, values);
}

describe("computeTotals", () => {
  test("fills T3 row totals, column totals and the grand total", () => {
    const data = report({ "T3.r01.c1": 3, "T3.r01.c2": 2, "T3.r03.c1": 2, "T3.r05.c2": 1, "T3.r21.c1": 1 });
    const value = numberReader(gov2021, computeTotals(gov2021, data));
    expect(value("T3.r01.c7")).toBe(5);
    expect(value("T3.r24.c1")).toBe(3);
    expect(value("T3.r24.c2")).toBe(1);
    expect(value("T3.r24.c7")).toBe(4);
    expect(value("T3.r05.c7")).toBe(1);
  });

  test("counts blank terms as 0 only when a term is filled; all blank stays blank", () => {
    const value = numberReader(gov2021, computeTotals(gov2021, report({ "T3.r02.c3": 0 })));
    expect(value("T3.r02.c7")).toBe(0);
    expect(value("T3.r01.c7")).toBeNull();
    expect(value("T3.r24.c3")).toBeNull();
    expect(value("T4.c5")).toBeNull();
  });

  test("fills T4 group totals and overwrites a typed total", () => {
    const data = report({ "T4.c1": 1, "T4.c4": 2, "T4.c5": 99, "T4.c11": 4 });
    const next = computeTotals(gov2021, data);
    expect(next.tables.T4[4]).toBe(3);
    expect(next.tables.T4[9]).toBeNull();
    expect(next.tables.T4[14]).toBe(4);
  });

  test("leaves the input untouched and T2, narratives and cellText as they were", () => {
    const data = { ...report({ "T3.r03.c1": 1 }), cellText: { "T2.fees.amount": "1" } };
    const before = JSON.stringify(data);
    const next = computeTotals(gov2021, data);
    expect(JSON.stringify(data)).toBe(before);
    expect(next).not.toBe(data);
    expect(next.tables.T2).toBe(data.tables.T2);
    expect(next.cellText).toEqual({ "T2.fees.amount": "1" });
  });

  test("gov-2019 adds its single 其他处理 row into （七）总计", () => {
    const format = getFormat("gov-2019");
    const value = numberReader(
      format,
      computeTotals(format, report({ "T3.r21.c1": 2, "T3.r03.c1": 1 }, "gov-2019")),
    );
    expect(value("T3.r24.c1")).toBe(3);
  });

  test("returns stat-2014 data as it is", () => {
    const stat = { narratives: { s1: "" }, tables: { STAT: [] } };
    expect(computeTotals(getFormat("stat-2014"), stat)).toBe(stat);
  });
});
