import { describe, expect, test } from "vitest";
import { getFormat } from "../format";
import { emptySectionsCheck } from "./empty-sections";
import { checkContext, govReport } from "./fixtures/report-builder";

const gov2021 = getFormat("gov-2021");

describe("S-01 narrative sections not empty", () => {
  test("passes when s1, s5 and s6 have text", () => {
    expect(emptySectionsCheck.run(gov2021, govReport("gov-2021"), checkContext())).toEqual([]);
  });

  test("flags each empty or whitespace-only section with its guidance", () => {
    const data = govReport("gov-2021");
    const empty = { ...data, narratives: { s1: data.narratives.s1, s5: " \n\u3000", s6: "" } };
    const findings = emptySectionsCheck.run(gov2021, empty, checkContext());
    expect(findings.map((f) => [f.id, f.severity, f.cells])).toEqual([
      ["S-01", "error", ["s5"]],
      ["S-01", "error", ["s6"]],
    ]);
    expect(findings[0]?.message).toBe(
      "“五、存在的主要问题及改进情况”不能为空：逐条写明本年度工作中存在的主要问题，并针对每个问题写明改进措施；避免照搬往年内容。",
    );
    expect(findings[1]?.message).toMatch(
      /^“六、其他需要报告的事项”不能为空：说明依据《政府信息公开信息处理费管理办法》/,
    );
  });
});
