import { describe, expect, it } from "vitest";
import type { Finding } from "@/lib/checks/types";
import { findingKey } from "@/lib/reports/finding-key";
import { publicationPreview } from "./publication-preview";

const warning = (id: string, cell: string): Finding => ({
  id,
  severity: "warning",
  cells: [cell],
  message: `${id}说明`,
});

describe("publicationPreview", () => {
  it("counts findings, names the next revision and lists only the warnings left unexplained", () => {
    const explained = warning("W-02", "T3.r01.c1");
    const silent = warning("W-05", "T4.c1");
    const blank = warning("W-07", "s5");
    const notice: Finding = { id: "N-01", severity: "notice", cells: ["s1"], message: "提示" };
    const preview = publicationPreview({
      title: "测试镇人民政府2026年政府信息公开工作年度报告",
      publishedRevisions: 1,
      findings: [explained, silent, blank, notice],
      explanations: { [findingKey(explained)]: "本年新设窗口", [findingKey(blank)]: "  " },
    });
    expect(preview).toEqual({
      title: "测试镇人民政府2026年政府信息公开工作年度报告",
      revision: 2,
      errors: 0,
      warnings: 3,
      notices: 1,
      unexplained: ["W-05 W-05说明", "W-07 W-07说明"],
    });
  });

  it("is revision 1 with nothing to flag for a clean first publication", () => {
    expect(
      publicationPreview({ title: "t", publishedRevisions: 0, findings: [], explanations: {} }),
    ).toMatchObject({
      revision: 1,
      warnings: 0,
      unexplained: [],
    });
  });
});
