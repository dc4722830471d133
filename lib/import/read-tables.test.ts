import { describe, expect, test } from "vitest";
import { keyLines } from "./keyed-lines";
import { readLabelledRows, type RowDef } from "./read-tables";
import { rowIdentities } from "./row-identity";
import { tokenizeText } from "./tokenize-text";

function rowDefs(labels: string[], width: number): RowDef[] {
  return labels.map((label, r) => ({
    labels: [label],
    label,
    specs: Array.from({ length: width }, (_, c) => ({ id: `T.r${r}.c${c}`, kind: "count" as const, label })),
  }));
}

function read(text: string, labels: string[], width: number, groups: string[] = []) {
  const doc = keyLines(tokenizeText(text));
  const rows = rowDefs(labels, width);
  const ids = rowIdentities(
    rows.map((row) => row.labels),
    groups,
    new Set(),
  );
  return readLabelledRows(doc, { start: 0, end: doc.lines.length }, rows, ids, () => false);
}

describe("labelled rows", () => {
  test("a label wrapped over lines, with its values on the middle line and a vertical group label around it", () => {
    const text = [
      "（五）不\t1.信访举报投诉类申请\t56\t6\t0",
      "1、申请人无正当理由逾期不补",
      "正、行政机关不再处理其政府信\t67\t3\t0",
      "（六）其",
      "息公开申请",
      "2、申请人逾期未按收费通知要",
      "他处理",
      "求缴纳费用、行政机关不再处理\t6\t0\t0",
      "其政府信息公开申请",
    ].join("\n");
    const result = read(
      text,
      [
        "1.信访举报投诉类申请",
        "1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请",
        "2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请",
      ],
      3,
      ["（五）不予处理", "（六）其他处理"],
    );
    expect(result.rows).toEqual([
      [56, 6, 0],
      [67, 3, 0],
      [6, 0, 0],
    ]);
    expect(result.issues).toEqual([]);
  });

  test("space-aligned rows whose grid lacks the table's blank columns: equal values are reported, not read", () => {
    // The fullest row has five figures for seven columns: the grid misses the two blank ones, and
    // "18  18" (c1 and c7 in the table) cannot be placed.
    const text = [
      "一、本年新收      821   35         2    1    859",
      "二、上年结转      18                          18",
    ].join("\n");
    const result = read(text, ["一、本年新收", "二、上年结转"], 7);
    expect(result.rows[1]).toEqual([null, null, null, null, null, null, null]);
    expect(result.issues.map((issue) => issue.kind)).toContain("row-misaligned");
    expect(result.issues.flatMap((issue) => issue.cells)).toContain("T.r1.c0");
  });

  test("a label split over two cells of a row", () => {
    expect(read("2.其他法律行政\t法规禁止公开\t1\t2", ["2.其他法律行政法规禁止公开"], 2).rows).toEqual([
      [1, 2],
    ]);
  });

  test("a note cut at its bracket continues below, the values between", () => {
    const text = "（二）部分公开（区分处理的，只计这一情\n447\t7\n形，不计其他情形）";
    expect(read(text, ["（二）部分公开（区分处理的，只计这一情形，不计其他情形）"], 2)).toMatchObject({
      rows: [[447, 7]],
      issues: [],
    });
  });

  test("rows of values printed apart from their labels are taken in the form's order, and said so", () => {
    const text = ["| 甲行 | 1 | 2 |", "| 3 | 4 |", "乙行", "丙行", "| 5 | 6 |", "| 丁行 | 7 | 8 |"].join(
      "\n",
    );
    const result = read(text, ["甲行", "乙行", "丙行", "丁行"], 2);
    expect(result.rows).toEqual([
      [1, 2],
      [3, 4],
      [5, 6],
      [7, 8],
    ]);
    expect(result.issues.map((issue) => issue.kind)).toEqual(["row-by-position", "row-by-position"]);
  });

  test("when the loose rows do not match the missing ones in number, none is taken", () => {
    const text = ["| 甲行 | 1 | 2 |", "| 3 | 4 |", "乙行", "丙行", "| 丁行 | 7 | 8 |"].join("\n");
    const result = read(text, ["甲行", "乙行", "丙行", "丁行"], 2);
    expect(result.rows).toEqual([
      [1, 2],
      [null, null],
      [null, null],
      [7, 8],
    ]);
    expect(result.issues.map((issue) => issue.kind)).toEqual(["row-misaligned", "row-misaligned"]);
  });

  test("a figure on a line of its own under a label is not the row when a whole row of values follows it", () => {
    const text = ["| 甲行 | 1 | 2 | 3 |", "乙行", "9", "| 0 | 0 | 0 |", "| 丙行 | 4 | 5 | 9 |"].join("\n");
    const result = read(text, ["甲行", "乙行", "丙行"], 3);
    expect(result.rows).toEqual([
      [1, 2, 3],
      [0, 0, 0],
      [4, 5, 9],
    ]);
    expect(result.issues.map((issue) => [issue.kind, issue.raw])).toEqual([
      ["row-by-position", "0\t0\t0"],
      ["stray-values", "9"],
    ]);
  });

  test("a partial row stays unplaced when no whole row of values stands near it", () => {
    const text = ["| 甲行 | 1 | 2 | 3 |", "乙行", "9", "7", "| 丙行 | 4 | 5 | 9 |"].join("\n");
    const result = read(text, ["甲行", "乙行", "丙行"], 3);
    expect(result.rows[1]).toEqual([null, null, null]);
    expect(result.issues.map((issue) => issue.kind)).toEqual(["row-misaligned"]);
  });

  test("a label alone on its line, printed again below a header row with its values, reads from the second", () => {
    const text = "一、本年新收申请\n类别\t数据1\t总计\n本年新收申请\t5\t5\n二、上年结转申请\t0\t0";
    const result = read(text, ["一、本年新收申请", "二、上年结转申请"], 2);
    expect(result.rows).toEqual([
      [5, 5],
      [0, 0],
    ]);
    expect(result.issues).toEqual([]);
  });

  test("a value between the lone label and its second printing: neither is guessed to be the row", () => {
    const text = "一、本年新收申请\n7\n本年新收申请\t5\t5";
    expect(read(text, ["一、本年新收申请"], 2).rows).toEqual([[null, null]]);
  });

  test("a label with its values in one line of text", () => {
    expect(read("行政许可 97", ["行政许可"], 1).rows).toEqual([[97]]);
    expect(read("行政许可 9 7", ["行政许可"], 1).rows).toEqual([[null]]);
  });

  test("a row printed before the previous one is found when it carries its own values", () => {
    const text = "行政许可\t5\n规章\t1\t2";
    expect(read(text, ["规章", "行政许可"], 2).rows[0]).toEqual([1, 2]);
    expect(read("规章\t1\t2\n行政许可\t5", ["行政许可", "规章"], 2).rows).toEqual([
      [5, null],
      [1, 2],
    ]);
  });

  test("a label that could name two rows is reported and read as neither", () => {
    const result = read("重复申请事項\t1\t1", ["1.重复申请事项", "2.重复申请事顶"], 2);
    expect(result.rows).toEqual([
      [null, null],
      [null, null],
    ]);
    expect(result.issues.map((issue) => issue.kind)).toContain("ambiguous-label");
  });
});
