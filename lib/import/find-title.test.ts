import { describe, expect, test } from "vitest";
import { findTitle, findYearElsewhere } from "./find-title";
import { cleanNarrative, isFurniture } from "./page-furniture";
import { tokenizeHtml } from "./tokenize-html";
import { tokenizeText } from "./tokenize-text";

describe("findTitle", () => {
  test("organ and year, with spaces, 度 and 工作 optional", () => {
    expect(findTitle(tokenizeText("曲峨镇 2020 年政府信息公开年度报告"))).toEqual({
      line: 0,
      lastLine: 0,
      organ: "曲峨镇",
      year: 2020,
    });
    expect(findTitle(tokenizeText("导航\n《某某街道办事处2023年度政府信息公开工作报告》"))).toMatchObject({
      organ: "某某街道办事处",
      year: 2023,
    });
  });

  test("a title without organ, and the year of a statistics table when there is no title", () => {
    expect(findTitle(tokenizeText("2020年政府信息公开工作年度报告"))).toMatchObject({
      organ: null,
      year: 2020,
    });
    expect(findTitle(tokenizeText("政府信息公开年报"))).toBeNull();
    expect(findYearElsewhere(tokenizeText("2018年度政府信息公开情况统计表"))).toBe(2018);
  });

  test("links to other reports are not the title; a label before the organ is dropped", () => {
    const lines = tokenizeText(
      "上一篇：某镇2019年政府信息公开工作年度报告\n标题：某镇人民政府2020年政府信息公开工作年度报告",
    );
    expect(findTitle(lines)).toMatchObject({ organ: "某镇人民政府", year: 2020 });
  });

  test("a markdown heading mark is not part of the organ", () => {
    expect(findTitle(tokenizeText("# 某县人民政府 2025 年 政府信息公开工作年度报告"))?.organ).toBe(
      "某县人民政府",
    );
  });

  test("a title in a table row is its own cell, not joined to the label cell before it", () => {
    const lines = tokenizeHtml(
      "<table><tr><td>名称</td><td colspan='3'>某县发展和改革局2023年政府信息公开年度报告</td></tr></table>",
    );
    expect(findTitle(lines)).toMatchObject({ organ: "某县发展和改革局", year: 2023 });
    const short = tokenizeHtml(
      "<table><tr><td>名称</td><td>某局2023年政府信息公开年度报告</td></tr></table>",
    );
    expect(findTitle(short)?.organ).toBe("某局");
  });

  test("a department is not 'completed' into its county's government named elsewhere on the page", () => {
    const lines = tokenizeText("某县人民政府\n某县发展和改革局2023年政府信息公开年度报告\n正文");
    expect(findTitle(lines)?.organ).toBe("某县发展和改革局");
  });

  test("an abbreviated organ is completed from the signature", () => {
    expect(
      findTitle(tokenizeText("金盆乡2018年政府信息公开工作年度报告\n正文\n金盆苗族彝族乡人民政府"))?.organ,
    ).toBe("金盆苗族彝族乡人民政府");
  });
});

describe("furniture", () => {
  test("furniture is short page chrome; a narrative sentence is not", () => {
    expect(isFurniture("晋ICP备18009906号   网站标识码:1410280001")).toBe(true);
    expect(isFurniture("扫一扫在手机打开当前页面")).toBe(true);
    expect(
      isFurniture("推进政府网站适老化无障碍改造，完成全部栏目的无障碍检测，方便老年人和残疾人获取政府信息。"),
    ).toBe(false);
  });

  test("a narrative loses the footer and its signature block", () => {
    expect(
      cleanNarrative(["无。", "2021年1月27日", "吉县屯里镇人民政府", "网站地图 联系我们", "主办单位"]),
    ).toEqual({
      paragraphs: ["无。"],
      signature: ["2021年1月27日", "吉县屯里镇人民政府"],
    });
  });

  test("a department's signature is a signature too; a sentence ending in 局 is not", () => {
    expect(cleanNarrative(["本年度未收取信息处理费。", "某县发展和改革局", "2024年1月17日"])).toEqual({
      paragraphs: ["本年度未收取信息处理费。"],
      signature: ["某县发展和改革局", "2024年1月17日"],
    });
    expect(cleanNarrative(["收费事项已移交县市场监督管理局。"]).signature).toEqual([]);
  });
});
