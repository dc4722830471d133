import { describe, expect, test } from "vitest";
import { getFormat } from "../format";
import type { Check } from "./types";
import { declaredSumChecks } from "./declared-sums";
import { checkContext, govReport } from "./fixtures/report-builder";

const gov2021 = getFormat("gov-2021");

function check(id: string): Check {
  const found = declaredSumChecks.find((c) => c.id === id);
  if (!found) throw new Error(id);
  return found;
}

describe("T3-02 （七）总计 per column", () => {
  test("passes when the total matches the results", () => {
    const data = govReport("gov-2021", { "T3.r03.c1": 2, "T3.r16.c1": 1, "T3.r24.c1": 3 });
    expect(check("T3-02").run(gov2021, data, checkContext())).toEqual([]);
  });

  test("flags a total that does not add up", () => {
    const data = govReport("gov-2021", { "T3.r03.c1": 2, "T3.r16.c1": 1, "T3.r24.c1": 4 });
    const [finding, ...rest] = check("T3-02").run(gov2021, data, checkContext());
    expect(rest).toEqual([]);
    expect(finding).toMatchObject({
      id: "T3-02",
      severity: "error",
      reported: 4,
      computed: 3,
      message: "（七）总计（4）应等于（一）至（六）各项办理结果之和（3）：自然人列",
    });
    expect(finding?.cells[0]).toBe("T3.r24.c1");
    expect(finding?.cells).toHaveLength(22);
  });

  test("counts blank results as 0 next to filled ones, skips a blank total", () => {
    const data = govReport("gov-2021", { "T3.r03.c2": 1, "T3.r04.c2": null, "T3.r24.c2": 2 });
    expect(
      check("T3-02")
        .run(gov2021, data, checkContext())
        .map((f) => f.computed),
    ).toEqual([1]);
    const blankTotal = govReport("gov-2021", { "T3.r03.c2": 1, "T3.r24.c2": null });
    expect(check("T3-02").run(gov2021, blankTotal, checkContext())).toEqual([]);
  });

  test("gov-2019 includes its single 其他处理 row", () => {
    const format = getFormat("gov-2019");
    const data = govReport("gov-2019", { "T3.r21.c1": 1, "T3.r24.c1": 1 });
    expect(check("T3-02").run(format, data, checkContext({ year: 2020 }))).toEqual([]);
  });
});

describe("T3-03 总计 per row", () => {
  test("flags a row whose 总计 is not the sum of the applicant columns", () => {
    const data = govReport("gov-2021", { "T3.r05.c1": 1, "T3.r05.c6": 2, "T3.r05.c7": 1 });
    expect(check("T3-03").run(gov2021, data, checkContext())).toEqual([
      {
        id: "T3-03",
        severity: "error",
        cells: ["T3.r05.c7", "T3.r05.c1", "T3.r05.c2", "T3.r05.c3", "T3.r05.c4", "T3.r05.c5", "T3.r05.c6"],
        reported: 1,
        computed: 3,
        message: "总计（1）应等于自然人与法人或其他组织各列之和（3）：“（三）不予公开 1.属于国家秘密”行",
      },
    ]);
  });

  test("passes a consistent row", () => {
    const data = govReport("gov-2021", { "T3.r01.c1": 1, "T3.r01.c6": 2, "T3.r01.c7": 3 });
    expect(check("T3-03").run(gov2021, data, checkContext())).toEqual([]);
  });
});

describe("T4-01..03 group totals", () => {
  test("each group is checked separately with its own scope", () => {
    const data = govReport("gov-2021", {
      "T4.c1": 1,
      "T4.c5": 0,
      "T4.c9": 2,
      "T4.c10": 2,
      "T4.c12": 1,
      "T4.c15": 2,
    });
    const findings = ["T4-01", "T4-02", "T4-03"].flatMap((id) =>
      check(id).run(gov2021, data, checkContext()),
    );
    expect(findings.map((f) => [f.id, f.message])).toEqual([
      ["T4-01", "总计（0）应等于结果维持、结果纠正、其他结果、尚未审结之和（1）：行政复议"],
      ["T4-03", "总计（2）应等于结果维持、结果纠正、其他结果、尚未审结之和（1）：行政诉讼（复议后起诉）"],
    ]);
    expect(findings[0]?.cells).toEqual(["T4.c5", "T4.c1", "T4.c2", "T4.c3", "T4.c4"]);
  });

  test("all zero passes", () => {
    for (const c of declaredSumChecks)
      expect(c.run(gov2021, govReport("gov-2021"), checkContext())).toEqual([]);
  });
});
