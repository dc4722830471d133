import { describe, expect, test } from "vitest";
import {
  alignColumns,
  alignColumnsOnGaps,
  attachWrappedLines,
  joinWrapped,
  type BlockLine,
  type Span,
} from "./align-columns";

const span = (start: number, text: string): Span => ({ start, end: start + text.length, text });

describe("alignColumns", () => {
  test("rows with fewer pieces keep their blanks in place, by the columns of the full rows", () => {
    const aligned = alignColumns([
      [span(0, "信息内容"), span(14, "本年制发件数"), span(28, "本年废止件数"), span(42, "现行有效件数")],
      [span(0, "规章"), span(16, "1"), span(44, "11")],
      [span(0, "行政规范性文件"), span(16, "8"), span(30, "26"), span(44, "66")],
    ]);
    expect(aligned?.rows).toEqual([
      ["信息内容", "本年制发件数", "本年废止件数", "现行有效件数"],
      ["规章", "1", "", "11"],
      ["行政规范性文件", "8", "26", "66"],
    ]);
  });

  test("a row whose pieces would share a column is kept as printed, never guessed", () => {
    const aligned = alignColumns([
      [span(0, "a"), span(10, "1"), span(20, "2")],
      [span(0, "b"), span(9, "3"), span(12, "4")],
    ]);
    expect(aligned?.rows[1]).toEqual(["b", "3", "4"]);
  });

  test("on every row's columns: a header gives the columns the fullest row leaves blank", () => {
    const rows = [
      [span(0, "合计"), span(20, "法人")],
      [span(10, "自然人"), span(20, "企业"), span(30, "机构"), span(40, "总计")],
      [span(0, "本年新收"), span(10, "8"), span(20, "3"), span(40, "11")],
      [span(0, "上年结转"), span(10, "2"), span(40, "2")],
    ];
    // The fullest rows (the header, 本年新收 with a blank under 机构) disagree: no grid of theirs.
    expect(alignColumns(rows)).toBeNull();
    const aligned = alignColumnsOnGaps(rows);
    expect(aligned?.columns).toHaveLength(5);
    expect(aligned?.rows.slice(2)).toEqual([
      ["本年新收", "8", "3", "", "11"],
      ["上年结转", "2", "", "", "2"],
    ]);
    // 法人 (over 企业 and 机构) makes no column of its own: it is placed in one it overlaps.
    expect(aligned?.rows[0]).toEqual(["合计", "", "法人", "", ""]);
  });

  test("on every row's columns: a long label over two label columns makes no column", () => {
    const aligned = alignColumnsOnGaps([
      [span(0, "三、办理结果"), span(14, "（一）予以公开"), span(30, "5")],
      [span(0, "二、上年结转的申请数量"), span(30, "1")],
    ]);
    expect(aligned?.rows).toEqual([
      ["三、办理结果", "（一）予以公开", "5"],
      ["二、上年结转的申请数量", "", "1"],
    ]);
  });

  test("on every row's columns: two columns that never stand side by side in one row make no grid", () => {
    // The same four columns, printed two places further right after a page break: every row would
    // fit a grid of seven columns, but which of two neighbouring columns a blank belongs to is unknown.
    expect(
      alignColumnsOnGaps([
        [span(0, "本年新收"), span(10, "8"), span(20, "3"), span(30, "11")],
        [span(0, "上年结转"), span(10, "2"), span(20, "0"), span(30, "2")],
        [span(0, "予以公开"), span(13, "5"), span(23, "1"), span(33, "6")],
      ]),
    ).toBeNull();
  });

  test("no columns: one piece per line, or full rows whose columns overlap", () => {
    expect(alignColumns([[span(0, "正文")], [span(0, "下一段")]])).toBeNull();
    expect(alignColumns([[span(0, "aaaaaa"), span(4, "b")]])).toBeNull();
  });
});

describe("attachWrappedLines", () => {
  const rows = (lines: BlockLine[]) => {
    const aligned = alignColumns(lines.filter((l) => l.row).map((l) => l.spans));
    if (!aligned) throw new Error("no columns");
    return attachWrappedLines(lines, aligned, 1);
  };

  test("a label wrapped above and below its values joins into the label cell", () => {
    const result = rows([
      { at: 0, spans: [span(2, "（一）予以公开"), span(20, "1"), span(24, "2")], row: true },
      { at: 1, spans: [span(2, "（二）部分公开（区分处理的，只计这一情")], row: false },
      { at: 2, spans: [span(20, "3"), span(24, "4")], row: true },
      { at: 3, spans: [span(2, "形，不计其他情形）")], row: false },
    ]);
    expect(result.rows[1]).toEqual(["（二）部分公开（区分处理的，只计这一情形，不计其他情形）", "3", "4"]);
    expect([...result.taken]).toEqual([1, 3]);
  });

  test("text far from any row, or over a column of numbers (a page number), is left alone", () => {
    const result = rows([
      { at: 0, spans: [span(0, "规章"), span(20, "1"), span(24, "2")], row: true },
      { at: 1, spans: [span(20, "-3-")], row: false },
      { at: 4, spans: [span(0, "第二十条 第（五）项")], row: false },
      { at: 7, spans: [span(0, "行政许可"), span(20, "5"), span(24, "6")], row: true },
    ]);
    expect(result.rows).toEqual([
      ["规章", "1", "2"],
      ["行政许可", "5", "6"],
    ]);
    expect(result.taken.size).toBe(0);
  });

  test("a line that starts with list numbering is never joined to another label: it is a row of its own", () => {
    const result = rows([
      { at: 0, spans: [span(0, "（三）不予公开"), span(16, "1.属于国家秘密"), span(40, "14")], row: true },
      { at: 1, spans: [span(16, "2.其他法律行政法规禁止公开")], row: false },
      { at: 2, spans: [span(16, "三、")], row: false },
      { at: 3, spans: [span(0, "（六）其他处理")], row: false },
      { at: 4, spans: [span(0, "（七）总计"), span(40, "5")], row: true },
      { at: 5, spans: [span(0, "一、")], row: false },
      { at: 6, spans: [span(16, "1.本机关不掌握"), span(40, "3")], row: true },
    ]);
    expect(result.rows).toEqual([
      ["（三）不予公开", "1.属于国家秘密", "14"],
      ["（七）总计", "", "5"],
      // Numbering into an empty cell, or a line above a label without numbering, still joins.
      ["一、", "1.本机关不掌握", "3"],
    ]);
    expect([...result.taken]).toEqual([5]);
  });

  test("wrapped Latin words keep a space, CJK text none", () => {
    expect(joinWrapped("Annual", "report")).toBe("Annual report");
    expect(joinWrapped("部分公开", "（区分")).toBe("部分公开（区分");
  });
});

describe("alignColumns: the fullest rows are a header over the value columns only", () => {
  test("the columns it lacks come from the other rows' pieces, so blanks stay in their column", () => {
    const aligned = alignColumns([
      [span(20, "商业企业"), span(30, "科研机构"), span(40, "公益组织"), span(50, "其他")],
      [span(0, "一、本年新收"), span(14, "5"), span(60, "5")],
      [span(0, "二、上年结转"), span(14, "1"), span(31, "2")],
    ]);
    expect(aligned?.rows).toEqual([
      ["", "", "商业企业", "科研机构", "公益组织", "其他", ""],
      ["一、本年新收", "5", "", "", "", "", "5"],
      ["二、上年结转", "1", "", "2", "", "", ""],
    ]);
  });
});
