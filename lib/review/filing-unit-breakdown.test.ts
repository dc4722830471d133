import { describe, expect, it } from "vitest";
import { getFormat } from "@/lib/format";
import { formatCells } from "@/lib/format/cells";
import { writeCell } from "@/lib/format/write-cell";
import { emptyReportData, type GovReportData } from "@/lib/format/report-data";
import { summarise, type SummarySource } from "./load-summary";
import { filingUnitBreakdown } from "./filing-unit-breakdown";

const format = getFormat("gov-2021");
const byId = formatCells(format).byId;

function source(
  code: string,
  values: Record<string, number>,
  revision: number | null,
  kind: SummarySource["kind"] = "township",
): SummarySource {
  const data = emptyReportData(format) as GovReportData;
  for (const [id, v] of Object.entries(values)) writeCell(data.tables, byId.get(id)!, v);
  return {
    reportId: `r-${code}`,
    filingUnitCode: code,
    filingUnitName: `${code}镇`,
    kind,
    status: revision ? "published" : "approved",
    formatId: format.id,
    revision,
    data,
  };
}

describe("filingUnitBreakdown", () => {
  const summary = summarise(2025, [
    source("a", { "T3.r01.c1": 3, "T4.c1": 1 }, null),
    source("b", { "T3.r01.c1": 5, "T2.rules.issued": 2 }, 2, "department"),
  ]);

  it("puts each filing unit's value beside the county total, and they add up", () => {
    const { columns, rows } = filingUnitBreakdown(summary);
    expect(columns.map((c) => [c.filingUnitName, c.kindLabel, c.source])).toEqual([
      ["a镇", "乡镇", "已通过"],
      ["b镇", "县直部门", "第2版"],
    ]);
    expect(rows).toHaveLength(formatCells(format).all.length);
    for (const row of rows) {
      const filled = row.values.filter((v): v is number => v !== null);
      expect(row.total).toBe(filled.length ? filled.reduce((x, y) => x + y, 0) : null);
    }
    expect(rows.find((r) => r.cellId === "T3.r01.c1")).toMatchObject({ total: 8, values: [3, 5] });
  });

  it("narrows to one table", () => {
    const { rows } = filingUnitBreakdown(summary, "T4");
    expect(rows.map((r) => r.cellId)).toHaveLength(15);
    expect(rows[0]).toMatchObject({
      cellId: "T4.c1",
      label: "行政复议·结果维持",
      total: 1,
      values: [1, null],
    });
  });
});
