import { describe, expect, test } from "vitest";
import { getFormat } from "../format";
import { checkContext, govReport } from "./fixtures/report-builder";
import { narrativeNumbersCheck } from "./narrative-numbers";

const gov2021 = getFormat("gov-2021");

function report(s1: string, values: Record<string, number | null> = {}) {
  const data = govReport("gov-2021", values);
  return { ...data, narratives: { ...data.narratives, s1 } };
}

describe("T3-08 figures in 一、总体情况 match T3", () => {
  test("passes matching figures", () => {
    const s1 = "全年共收到政府信息公开申请5件，其中予以公开3件，部分公开1件。";
    const data = report(s1, { "T3.r01.c7": 5, "T3.r03.c7": 3, "T3.r04.c7": 1 });
    expect(narrativeNumbersCheck.run(gov2021, data, checkContext())).toEqual([]);
  });

  test("flags each differing figure against the 总计 column", () => {
    const s1 = "全年共收到政府信息公开申请5件，其中予以公开3件，部分公开1件。";
    const data = report(s1, { "T3.r01.c7": 4, "T3.r03.c7": 3, "T3.r04.c7": 0 });
    expect(narrativeNumbersCheck.run(gov2021, data, checkContext())).toEqual([
      {
        id: "T3-08",
        severity: "warning",
        cells: ["s1", "T3.r01.c7"],
        reported: 5,
        computed: 4,
        message:
          "“一、总体情况”中写明收到政府信息公开申请5件，与表格“一、本年新收政府信息公开申请数量”总计（4）不一致，请核对",
      },
      {
        id: "T3-08",
        severity: "warning",
        cells: ["s1", "T3.r04.c7"],
        reported: 1,
        computed: 0,
        message:
          "“一、总体情况”中写明部分公开1件，与表格“（二）部分公开（区分处理的，只计这一情形，不计其他情形）”总计（0）不一致，请核对",
      },
    ]);
  });

  test("understands other wordings of receipt, and 未收到 as 0", () => {
    const cases: [string, number][] = [
      ["本年度新收依申请公开3件。", 3],
      ["受理政府信息公开申请 12 件。", 12],
      ["共收到依申请公开申请2件", 2],
      ["全年未收到政府信息公开申请。", 0],
    ];
    for (const [s1, figure] of cases) {
      const findings = narrativeNumbersCheck.run(gov2021, report(s1, { "T3.r01.c7": 7 }), checkContext());
      expect(
        findings.map((f) => f.reported),
        s1,
      ).toEqual([figure]);
    }
  });

  test("ignores figures that are not clearly about applications or not exact", () => {
    const s1 = [
      "通过为民服务中心为群众共办理事项340余件。",
      "收到群众来信5件。",
      "收到政府信息公开申请约10余件。",
      "主动予以公开8件。",
      "通过网站公开信息240条。",
    ].join("");
    expect(
      narrativeNumbersCheck.run(gov2021, report(s1, { "T3.r01.c7": 1, "T3.r03.c7": 1 }), checkContext()),
    ).toEqual([]);
  });

  test("a figure stated for two rows together is neither row's", () => {
    const s1 = "其中，予以公开及部分公开208件，予以公开和部分公开共9件，部分公开、予以公开7件。";
    const data = report(s1, { "T3.r03.c7": 200, "T3.r04.c7": 8 });
    expect(narrativeNumbersCheck.run(gov2021, data, checkContext())).toEqual([]);
  });

  test("skips a blank table cell and reports a repeated figure once", () => {
    const s1 = "收到政府信息公开申请5件。再次说明：收到政府信息公开申请5件。";
    expect(narrativeNumbersCheck.run(gov2021, report(s1, { "T3.r01.c7": null }), checkContext())).toEqual([]);
    expect(narrativeNumbersCheck.run(gov2021, report(s1, { "T3.r01.c7": 2 }), checkContext())).toHaveLength(
      1,
    );
  });
});
