import { describe, expect, test } from "vitest";
import { spaceAlignedRows } from "./space-columns";
import { tokenizeText } from "./tokenize-text";

function rows(text: string) {
  const { rows: found, taken } = spaceAlignedRows(text.split("\n"));
  return { rows: [...found.values()], taken: [...taken] };
}

describe("space-aligned columns", () => {
  test("pdftotext -layout: a CJK character is one column; a blank cell stays in its column", () => {
    const text = [
      "信息内容          本年制发件数     本年废止件数   现行有效件数",
      "",
      "规章            1                       11",
      "行政规范性文件       8          26       66",
    ].join("\n");
    expect(rows(text).rows).toEqual([
      ["信息内容", "本年制发件数", "本年废止件数", "现行有效件数"],
      ["规章", "1", "", "11"],
      ["行政规范性文件", "8", "26", "66"],
    ]);
  });

  test("typed in a monospaced editor: a CJK character is two columns", () => {
    const text = ["规章            1     0     11", "行政规范性文件  8           66"].join("\n");
    expect(rows(text).rows).toEqual([
      ["规章", "1", "0", "11"],
      ["行政规范性文件", "8", "", "66"],
    ]);
  });

  test("the fullest row has a blank of its own: the grid of every row's columns is taken", () => {
    const text = [
      "            自然人    企业      机构      总计",
      "本年新收    8         3                   11",
      "上年结转    2                             2",
    ].join("\n");
    expect(rows(text).rows).toEqual([
      ["", "自然人", "企业", "机构", "总计"],
      ["本年新收", "8", "3", "", "11"],
      ["上年结转", "2", "", "", "2"],
    ]);
  });

  test("the grid of every row's columns is not taken when it changes a row the fullest rows place", () => {
    // Rows after a page break printed one place further right: the grid of every row's columns
    // would put them in columns of their own (and place every row); the fullest rows' grid stays.
    const text = [
      "本年新收    8         3         11",
      "上年结转    2         0         2",
      "予以公开     5         1         6",
      "不予公开     1                   1",
    ].join("\n");
    expect(rows(text).rows).toEqual([
      ["本年新收", "8", "3", "11"],
      ["上年结转", "2", "0", "2"],
      ["予以公开", "5", "1", "6"],
      ["不予公开", "1", "", "1"],
    ]);
  });

  test("label-only lines of the table do not end the block, however many", () => {
    // Typed in a monospaced editor (a CJK character is two columns): label columns at 0 and 16,
    // values at 40, 50, 60 and 70.
    const text = [
      "                                        自然人    企业      机构      总计",
      "（五）不予处理  1.信访举报              8         3                   11",
      "                2.重复申请",
      "                3.要求提供出版物",
      "                4.无正当理由",
      "（六）其他处理",
      "（七）总计                              2                             2",
    ].join("\n");
    const found = rows(text);
    expect(found.rows).toEqual([
      ["", "", "自然人", "企业", "机构", "总计"],
      ["（五）不予处理", "1.信访举报", "8", "3", "", "11"],
      ["（七）总计", "", "2", "", "", "2"],
    ]);
    expect(found.taken).toEqual([]);
    // Four one-piece lines that are not list items still end it (text between two tables): the
    // line after them stands alone and stays text.
    const prose = text.replace(/[1-4]\.|（六）/g, "其");
    expect(rows(prose).rows.map((row) => row.join("|"))).not.toContainEqual(
      expect.stringContaining("（七）总计"),
    );
  });

  test("a lone line with a double space stays text; a lone line of numbers is a row", () => {
    expect(rows("发布时间：2021-01-30  来源：本站\n\n正文一段。").rows).toEqual([]);
    expect(rows("72   64    178   37").rows).toEqual([["72", "64", "178", "37"]]);
  });

  test("three blank lines end a table: the next table gets its own columns", () => {
    const text = [
      "a   1   2",
      "b   3   4",
      "",
      "",
      "",
      "x        y      z     w",
      "5        6      7     8",
    ].join("\n");
    expect(rows(text).rows).toEqual([
      ["a", "1", "2"],
      ["b", "3", "4"],
      ["x", "y", "z", "w"],
      ["5", "6", "7", "8"],
    ]);
  });

  test("in the tokenizer: space rows are rows, wrapped label lines join their row, other text stays", () => {
    const text = [
      "三、收到和处理政府信息公开申请情况",
      "      （一）予以公开                   1288        21",
      "      （二）部分公开（区分处理的，只计这一情",
      "                                447         7",
      "      形，不计其他情形）",
    ].join("\n");
    expect(tokenizeText(text).map((line) => [line.kind, line.cells])).toEqual([
      ["text", ["三、收到和处理政府信息公开申请情况"]],
      ["space", ["（一）予以公开", "1288", "21"]],
      ["space", ["（二）部分公开（区分处理的，只计这一情形，不计其他情形）", "447", "7"]],
    ]);
  });
});

describe("a section heading between two space-aligned tables", () => {
  test("ends the first table: the second is aligned on its own columns", () => {
    const text = [
      "信息内容          本年处理决定数量",
      "行政许可          5",
      "",
      "三、收到和处理政府信息公开申请情况",
      "",
      "                                   自然人   商业企业   总计",
      "一、本年新收政府信息公开申请数量   2        1          3",
      "二、上年结转政府信息公开申请数量   0        0          0",
    ];
    const { rows } = spaceAlignedRows(text);
    expect(rows.get(1)).toEqual(["行政许可", "5"]);
    expect(rows.get(6)).toEqual(["一、本年新收政府信息公开申请数量", "2", "1", "3"]);
  });
});
