import { describe, expect, test } from "vitest";
import { getFormat } from "./index";
import {
  emptyReportData,
  isGovData,
  reportDataSchema,
  setCellValues,
  type GovReportData,
} from "./report-data";
import { formatCells } from "./cells";

const gov2021 = getFormat("gov-2021");
const gov2019 = getFormat("gov-2019");

function zeros(formatId: "gov-2021" | "gov-2019"): GovReportData {
  const format = getFormat(formatId);
  const empty = emptyReportData(format);
  if (!isGovData(empty)) throw new Error("not gov");
  return setCellValues(
    format,
    empty,
    Object.fromEntries(formatCells(format).all.map((cell) => [cell.id, 0])),
  );
}

/** Parses a deliberately malformed value: the schema exists for data typed by nobody. */
function messages(formatId: "gov-2021" | "gov-2019" | "stat-2014", data: unknown): string[] {
  const result = reportDataSchema(getFormat(formatId)).safeParse(data);
  return result.success ? [] : result.error.issues.map((issue) => issue.message);
}

function withT3Cell(value: unknown, row = 0, column = 0): unknown {
  const data = zeros("gov-2021");
  const T3: unknown[][] = data.tables.T3.map((r) => r.slice());
  const target = T3[row];
  if (target) target[column] = value;
  return { ...data, tables: { ...data.tables, T3 } };
}

describe("reportDataSchema (gov)", () => {
  test("accepts blank and filled reports of both formats", () => {
    expect(messages("gov-2021", emptyReportData(gov2021))).toEqual([]);
    expect(messages("gov-2019", emptyReportData(gov2019))).toEqual([]);
    expect(messages("gov-2021", zeros("gov-2021"))).toEqual([]);
    expect(messages("gov-2021", { ...zeros("gov-2021"), cellText: { "T2.fees.amount": "0" } })).toEqual([]);
  });

  test("rejects letters, negatives, fractions, huge and infinite numbers with Chinese messages", () => {
    expect(messages("gov-2021", withT3Cell("abc"))).toEqual(["请输入数字或留空"]);
    expect(messages("gov-2021", withT3Cell(-1))).toEqual([
      "一、本年新收政府信息公开申请数量·自然人：请输入不小于0的整数",
    ]);
    expect(messages("gov-2021", withT3Cell(1.5))).toEqual([
      "一、本年新收政府信息公开申请数量·自然人：请输入不小于0的整数",
    ]);
    expect(messages("gov-2021", withT3Cell(Number("1e400")))).toEqual(["数值不能超过999999999"]);
    expect(messages("gov-2021", withT3Cell(12345678901234567))).toEqual([
      "一、本年新收政府信息公开申请数量·自然人：数值不能超过999999999",
    ]);
    expect(messages("gov-2021", withT3Cell(Number.NaN))).toEqual(["请输入数字或留空"]);
  });

  test("rejects wrong table sizes", () => {
    const data = zeros("gov-2021");
    expect(
      messages("gov-2021", { ...data, tables: { ...data.tables, T3: data.tables.T3.slice(1) } }),
    ).toContain("“三、收到和处理政府信息公开申请情况”表格应有25行，实际为24行");
    const shortRow = data.tables.T3.map((row, i) => (i === 2 ? row.slice(0, 6) : row));
    expect(messages("gov-2021", { ...data, tables: { ...data.tables, T3: shortRow } })).toContain(
      "“三、收到和处理政府信息公开申请情况”表格第3行应有7个数值，实际为6个",
    );
    expect(messages("gov-2021", { ...data, tables: { ...data.tables, T4: [0, 0] } })).toContain(
      "“四、政府信息公开行政复议、行政诉讼情况”表格应有15个数值，实际为2个",
    );
    // A gov-2019 report (23 rows) is not a gov-2021 report.
    expect(messages("gov-2021", zeros("gov-2019")).length).toBeGreaterThan(0);
  });

  test("rejects narratives over 50,000 characters", () => {
    const data = zeros("gov-2021");
    const long = { ...data, narratives: { ...data.narratives, s5: "字".repeat(60_000) } };
    expect(messages("gov-2021", long)).toEqual(["“五、存在的主要问题及改进情况”不能超过50000字"]);
    const exact = { ...data, narratives: { ...data.narratives, s5: "字".repeat(50_000) } };
    expect(messages("gov-2021", exact)).toEqual([]);
  });

  test("applies each T2 column's kind", () => {
    const data = zeros("gov-2021");
    const fee = (value: number) => setCellValues(gov2021, data, { "T2.fees.amount": value });
    expect(messages("gov-2021", fee(4166.241619))).toEqual([]);
    // Finer than a cent is a warning of V-02, not a reason to refuse the data.
    expect(messages("gov-2021", fee(12.3456789))).toEqual([]);
    expect(messages("gov-2021", fee(-1))).toEqual([
      "行政事业性收费·本年收费金额（单位：万元）：请输入不小于0的金额",
    ]);
    const old = zeros("gov-2019");
    expect(messages("gov-2019", setCellValues(gov2019, old, { "T2.otherServices.change": -2 }))).toEqual([]);
    expect(messages("gov-2019", setCellValues(gov2019, old, { "T2.otherServices.lastYear": -2 }))).toEqual([
      "其他对外管理服务事项·上一年项目数量：请输入不小于0的整数",
    ]);
    expect(messages("gov-2019", setCellValues(gov2019, old, { "T2.procurement.amount": 25.100055 }))).toEqual(
      [],
    );
  });

  test("rejects cell texts for unknown cells", () => {
    expect(messages("gov-2021", { ...zeros("gov-2021"), cellText: { "T9.x": "1" } })).toEqual([
      "未知的单元格：T9.x",
    ]);
  });
});

describe("reportDataSchema (stat-2014)", () => {
  test("accepts a list of rows with units and checks values by unit", () => {
    const ok = {
      narratives: { s1: "正文" },
      tables: {
        STAT: [
          { label: "一、主动公开情况", unit: "", value: null },
          { label: "（一）主动公开政府信息数", unit: "条", value: 75 },
          { label: "政府信息公开专项经费", unit: "万元", value: 1.25 },
        ],
      },
    };
    expect(messages("stat-2014", ok)).toEqual([]);
    const bad = { ...ok, tables: { STAT: [{ label: "举报投诉数量", unit: "件", value: 1.5 }] } };
    expect(messages("stat-2014", bad)).toEqual(["举报投诉数量：请输入不小于0的整数"]);
    expect(messages("stat-2014", { ...ok, narratives: { s1: "字".repeat(50_001) } })).toEqual([
      "“报告正文”不能超过50000字",
    ]);
  });
});

describe("emptyReportData", () => {
  test("has every cell blank and narratives empty, in the stored shape", () => {
    const empty = emptyReportData(gov2021);
    expect(empty.narratives).toEqual({ s1: "", s5: "", s6: "" });
    if (!isGovData(empty)) throw new Error("not gov");
    expect(empty.tables.T2.map((row) => row.length)).toEqual([3, 3, 1, 1, 1, 1]);
    expect(empty.tables.T3).toHaveLength(25);
    expect(empty.tables.T3.every((row) => row.length === 7 && row.every((v) => v === null))).toBe(true);
    expect(empty.tables.T4).toEqual(Array(15).fill(null));
    expect(emptyReportData(getFormat("stat-2014"))).toEqual({ narratives: { s1: "" }, tables: { STAT: [] } });
  });
});
