import { describe, expect, test } from "vitest";
import { findTitle } from "./find-title";
import { tokenizeText } from "./tokenize-text";

describe("title forms", () => {
  test("the year before the organ", () => {
    expect(findTitle(tokenizeText("2019年上海市人民政府办公厅政府信息公开工作年度报告"))).toMatchObject({
      organ: "上海市人民政府办公厅",
      year: 2019,
    });
    expect(findTitle(tokenizeText("2025年金厂镇政府信息公开工作年度报告"))).toMatchObject({
      organ: "金厂镇",
      year: 2025,
    });
  });

  test("a title over two lines, with spaces in the year", () => {
    expect(findTitle(tokenizeText("正文\n2024 年上海市科委政府信息公开工作\n年度报告\n根据……"))).toEqual({
      line: 1,
      lastLine: 2,
      organ: "上海市科委",
      year: 2024,
    });
  });

  test("the organ from a 发布机构 line when the title has none", () => {
    expect(
      findTitle(tokenizeText("发布机构：某某镇人民政府\n2023 年政府信息公开工作年度报告")),
    ).toMatchObject({
      organ: "某某镇人民政府",
      year: 2023,
    });
    expect(findTitle(tokenizeText("发布机构: \n2023年政府信息公开工作年度报告"))?.organ).toBeNull();
  });
});
