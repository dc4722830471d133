import { describe, expect, it } from "vitest";
import { getFormat } from "@/lib/format";
import { numberReader } from "@/lib/format/cell-access";
import { computeTotals, emptyReportData, type GovReportData } from "@/lib/format/report-data";
import { checkTotals } from "./load-summary";
import { outcomeMix, shortOutcomeLabel, t3ChartLabels, withoutGroupNumber } from "./summary-charts";
import { sumReports } from "./sum-reports";

const format = getFormat("gov-2021");

function report(fill: (d: GovReportData) => void): GovReportData {
  const d = emptyReportData(format) as GovReportData;
  d.tables.T2 = d.tables.T2.map((row) => row.map(() => 0));
  d.tables.T3 = d.tables.T3.map((row) => row.map(() => 0));
  d.tables.T4 = d.tables.T4.map(() => 0);
  fill(d);
  return computeTotals(format, d);
}

describe("sumReports", () => {
  const a = report((d) => {
    d.tables.T3[0]![0] = 3; // r01 c1
    d.tables.T3[2]![0] = 2; // r03 c1 予以公开
    d.tables.T3[24]![0] = 1; // r25 c1
    d.tables.T2[5]![0] = 0.1; // fees 万元
    d.tables.T4[0] = 1;
  });
  const b = report((d) => {
    d.tables.T3[0]![1] = 2; // r01 c2
    d.tables.T3[3]![1] = 2; // r04 c2 部分公开
    d.tables.T2[5]![0] = 0.2;
  });

  it("adds every cell, totals included, and keeps amounts to the cent (6 decimals)", () => {
    const sum = sumReports(format, [a, b]);
    const value = numberReader(format, sum);
    expect(value("T3.r01.c7")).toBe(5);
    expect(value("T3.r24.c7")).toBe(4);
    expect(value("T3.r25.c7")).toBe(1);
    expect(value("T2.fees.amount")).toBe(0.3);
    expect(value("T4.c5")).toBe(1);
    expect(checkTotals(format, sum, 2025)).toEqual([]);
  });

  it("keeps a cell blank only when it is blank everywhere", () => {
    const blank = emptyReportData(format) as GovReportData;
    const sum = sumReports(format, [blank, a]);
    expect(numberReader(format, sum)("T3.r01.c1")).toBe(3);
    expect(numberReader(format, sumReports(format, [blank]))("T3.r01.c1")).toBeNull();
  });

  it("lets the checks find totals that do not add up in a filed report", () => {
    const wrong = report(() => {});
    wrong.tables.T3[23]![6] = 9; // r24 c7 claims 9 with no terms
    const findings = checkTotals(format, sumReports(format, [a, wrong]), 2025);
    expect(findings.map((f) => f.id)).toEqual(expect.arrayContaining(["T3-01", "T3-02", "T3-03"]));
  });

  it("groups the outcome mix by （一）…（六）", () => {
    const mix = outcomeMix(format, sumReports(format, [a, b]));
    expect(mix.map((m) => m.label)).toEqual([
      "（一）予以公开",
      "（二）部分公开",
      "（三）不予公开",
      "（四）无法提供",
      "（五）不予处理",
      "（六）其他处理",
    ]);
    expect(mix.map((m) => m.value)).toEqual([2, 2, 0, 0, 0, 0]);
    expect(shortOutcomeLabel("（七）总计")).toBe("（七）总计");
  });

  it("names the charts' T3 rows as each format prints them, and none for stat-2014", () => {
    for (const id of ["gov-2021", "gov-2019"] as const) {
      expect(t3ChartLabels(getFormat(id))).toEqual({
        received: "一、本年新收政府信息公开申请数量",
        results: "三、本年度办理结果",
      });
    }
    expect(t3ChartLabels(getFormat("stat-2014"))).toBeNull();
    expect(withoutGroupNumber("一、本年新收政府信息公开申请数量")).toBe("本年新收政府信息公开申请数量");
    expect(withoutGroupNumber("（一）予以公开")).toBe("（一）予以公开");
  });
});
