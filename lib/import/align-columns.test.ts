import { describe, expect, test } from "vitest";
import { alignColumns, attachWrappedLines, joinWrapped, type BlockLine, type Span } from "./align-columns";

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
