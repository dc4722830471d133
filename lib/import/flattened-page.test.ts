import { describe, expect, test } from "vitest";
import { splitFlattenedPage, splitNarrativeText, splitTableText } from "./flattened-page";
import { labelPattern } from "./label-pattern";

describe("a page captured as one line", () => {
  test("labels are found as printed: either width, any list mark, spaces inside", () => {
    const pattern = new RegExp(labelPattern("（三）不予公开"));
    expect(pattern.test("（三） 不予 公开")).toBe(true);
    expect(pattern.test("(三)不予公开")).toBe(true);
    expect(new RegExp(labelPattern("1.属于国家秘密")).test("１、属于国家秘密")).toBe(true);
  });

  test("table text is cut at labels; a run of digits is never split", () => {
    expect(splitTableText("规章000行政规范性文件693665")).toEqual([
      "规章",
      "000",
      "行政规范性文件",
      "693665",
    ]);
    const partly = "（二）部分公开（区分处理的，只计这一情形，不计其他情形）";
    expect(splitTableText(`（一）予以公开 1 0 0 0 0 1 2${partly}`)).toEqual([
      "（一）予以公开",
      ...["1", "0", "0", "0", "0", "1", "2"],
      partly,
    ]);
    // The next label's numbering is its own, not part of the digits before it.
    expect(splitTableText("0 0 002.其他法律行政法规禁止公开")).toEqual([
      "0",
      "0",
      "00",
      "2.其他法律行政法规禁止公开",
    ]);
  });

  test("a label followed by prose is prose", () => {
    expect(splitTableText("行政许可类信息12条")).toEqual(["行政许可类信息12条"]);
  });

  test("narrative is cut where a paragraph break became a space", () => {
    expect(splitNarrativeText("工作有序开展。 （二）改进措施 一是规范流程 某某管理局 2022年1月7日")).toEqual([
      "工作有序开展。",
      "（二）改进措施 一是规范流程 某某管理局",
      "2022年1月7日",
    ]);
  });

  test("a whole page: headings, paragraphs, labels and values, without Word's style sheet", () => {
    const page =
      "某镇2021年政府信息公开工作年度报告 一、总体情况 全年公开信息。 二、主动公开政府信息情况 行政许可 5 " +
      "Normal 0 7.8 磅 0 2 false EN-US /* Style Definitions */ table.MsoNormalTable {mso-style-name:普通表格;} " +
      "三、收到和处理政府信息公开申请情况 五、存在的主要问题及改进情况 无。";
    expect(splitFlattenedPage(page)).toEqual([
      "某镇2021年政府信息公开工作年度报告",
      "一、总体情况",
      "全年公开信息。",
      "二、主动公开政府信息情况",
      "行政许可",
      "5",
      "三、收到和处理政府信息公开申请情况",
      "五、存在的主要问题及改进情况",
      "无。",
    ]);
    expect(splitFlattenedPage("一、总体情况 只有一个标题的段落")).toBeNull();
  });
});
