import { describe, expect, test } from "vitest";
import { getFormat } from "../format";
import { checkContext, COMPLETE_NARRATIVES, govReport } from "./fixtures/report-builder";
import { overviewTopicsCheck } from "./overview-topics";

const gov2021 = getFormat("gov-2021");

function withS1(s1: string) {
  const data = govReport("gov-2021");
  return { ...data, narratives: { ...data.narratives, s1 } };
}

describe("S-03 一、总体情况 covers the five topics", () => {
  test("passes a complete overview", () => {
    expect(overviewTopicsCheck.run(gov2021, govReport("gov-2021"), checkContext())).toEqual([]);
  });

  test("flags each missing topic", () => {
    const s1 = "本年度主动公开政府信息120条，通过政府网站发布。加强监督考核，开展社会评议，落实责任追究。";
    expect(overviewTopicsCheck.run(gov2021, withS1(s1), checkContext())).toEqual([
      {
        id: "S-03",
        severity: "warning",
        cells: ["s1"],
        message: "“一、总体情况”未涉及“依申请公开”方面的情况，请补充",
      },
      {
        id: "S-03",
        severity: "warning",
        cells: ["s1"],
        message: "“一、总体情况”未涉及“政府信息管理”方面的情况，请补充",
      },
    ]);
  });

  test("asks people's governments (乡镇, 县本级), not departments or street offices, for 考核、评议、追究", () => {
    const s1 = COMPLETE_NARRATIVES.s1.replace("开展社会评议，未发生责任追究情况", "加强监督");
    const expected = {
      id: "S-03",
      severity: "warning",
      cells: ["s1"],
      message: "“监督保障”部分应说明工作考核、社会评议和责任追究结果情况，未找到：社会评议、责任追究",
    };
    expect(overviewTopicsCheck.run(gov2021, withS1(s1), checkContext({ organLevel: "county" }))).toEqual([
      expected,
    ]);
    expect(overviewTopicsCheck.run(gov2021, withS1(s1), checkContext({ organLevel: "township" }))).toEqual([
      expected,
    ]);
    for (const organLevel of ["department", "street"] as const)
      expect(overviewTopicsCheck.run(gov2021, withS1(s1), checkContext({ organLevel }))).toEqual([]);
  });

  test("ignores whitespace inside keywords and leaves an empty s1 to S-01", () => {
    const spaced = COMPLETE_NARRATIVES.s1.replace("依申请公开", "依申请 公开");
    expect(overviewTopicsCheck.run(gov2021, withS1(spaced), checkContext())).toEqual([]);
    expect(overviewTopicsCheck.run(gov2021, withS1("  "), checkContext())).toEqual([]);
  });
});
