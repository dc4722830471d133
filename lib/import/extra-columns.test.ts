import { describe, expect, test } from "vitest";
import { isGovData } from "@/lib/format/report-data";
import { dropExtraColumns } from "./extra-columns";
import { knownReports } from "./fixtures/known-reports";
import { renderPlainHtml } from "./fixtures/report-variants";
import { importHtml } from "./import-html";
import type { SourceLine } from "./types";

const tab = (...rows: string[][]): SourceLine[] =>
  rows.map((cells, index) => ({ index, cells, kind: "tab", group: -1 }));

describe("dropExtraColumns", () => {
  test("a leading 序号 column numbered 1 … n under its header is dropped", () => {
    const lines = tab(["序号", "信息内容", "本年制发件数"], ["1", "规章", "0"], ["2", "行政规范性文件", "3"]);
    expect(dropExtraColumns(lines).map((line) => line.cells)).toEqual([
      ["信息内容", "本年制发件数"],
      ["规章", "0"],
      ["行政规范性文件", "3"],
    ]);
  });

  test("numbering starts again under each 序号 header (one per T2 block); other rows are left alone", () => {
    const lines = tab(
      ["序号", "信息内容", "本年处理决定数量"],
      ["1", "行政许可", "5"],
      ["序号", "信息内容", "本年处理决定数量"],
      ["1", "行政处罚", "7"],
      ["2", "行政强制", "0"],
    );
    expect(dropExtraColumns(lines).map((line) => line.cells[0])).toEqual([
      "信息内容",
      "行政许可",
      "信息内容",
      "行政处罚",
      "行政强制",
    ]);
  });

  test("a first column headed 序号 that is not 1, 2, 3 … in order is kept (its rows are then reported)", () => {
    for (const numbers of [
      ["1", "3"],
      ["0", "1"],
      ["2", "1"],
    ]) {
      const lines = tab(
        ["序号", "结果维持", "结果纠正"],
        [numbers[0] ?? "", "0", "0"],
        [numbers[1] ?? "", "0", "0"],
      );
      expect(dropExtraColumns(lines)).toEqual(lines);
    }
  });

  test("numbers in a first column without a 序号 header are data", () => {
    const lines = tab(["结果维持", "结果纠正"], ["1", "0"], ["2", "0"]);
    expect(dropExtraColumns(lines)).toEqual(lines);
  });

  test("an HTML table's last column headed 备注 is dropped from every row, also where the cell holds text", () => {
    const lines: SourceLine[] = [
      { index: 0, cells: ["信息内容", "本年制发件数", "备注"], kind: "table", group: 0 },
      { index: 1, cells: ["规章", "0", "无"], kind: "table", group: 0 },
    ];
    expect(dropExtraColumns(lines).map((line) => line.cells)).toEqual([
      ["信息内容", "本年制发件数"],
      ["规章", "0"],
    ]);
  });
});

describe("a T4 wider than the form by a column that is not 序号 or 备注", () => {
  const report = knownReports().find((known) => known.name.includes("06-shanghai-bgt-2019"));
  if (!report) throw new Error("fixture missing");
  // 编号 is not a heading the rule knows: the 16th column cannot be told from the form's fifteen.
  const html = renderPlainHtml(report, { sequence: true }).replace(/序号/g, "编号");
  const result = importHtml(html);

  test("no value of it is read, and every cell is named", () => {
    if (!result.ok || !isGovData(result.data)) throw new Error("not read");
    expect(result.data.tables.T4.every((value) => value === null)).toBe(true);
    const issue = result.issues.find((found) => found.cells.includes("T4.c1"));
    expect(issue?.kind).toBe("row-misaligned");
    expect(issue?.cells).toHaveLength(15);
  });
});
