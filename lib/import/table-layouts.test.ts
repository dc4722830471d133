import { describe, expect, test } from "vitest";
import { readDemoSeed } from "@/lib/demo/seeds/import-demo-seeds";
import type { GovReportData } from "@/lib/format/report-data";
import { importHtml } from "./import-html";
import { importText } from "./import-report";
import { toReportJson } from "./report-json";
import { serializeReportText } from "./serialize-report-text";
import type { ImportedReport, ImportResult } from "./types";

function ok(result: ImportResult): ImportedReport {
  if (!result.ok) throw new Error(result.message);
  return result;
}

/** A seed with every T3/T4 cell distinct, so that a value in a wrong cell shows. */
function distinct(file: string): { data: GovReportData; text: string } {
  const report = ok(importText(readDemoSeed(file)));
  const data = report.data as GovReportData;
  data.tables.T3 = data.tables.T3.map((row, r) => row.map((_, c) => (r + 1) * 10 + c + 1));
  data.tables.T4 = data.tables.T4.map((_, c) => 500 + c);
  return { data, text: serializeReportText(toReportJson(report, [])) };
}

const tabs = (line: string) => line.split("\t");
const isT3Row = (line: string) => /^\D/.test(line) && tabs(line).length >= 8 && /\t\d+(\t\d+){6}$/.test(line);

function tables(report: ImportedReport) {
  return (report.data as GovReportData).tables;
}

describe("tables laid out differently read the same", () => {
  const wuling = distinct("004-wuling-2020.txt");
  const baihe = distinct("002-baihe-2021.txt");

  test("gov-2019 T2 in HTML with values spanning columns (colspan)", () => {
    const html = wuling.text
      .split("\n")
      .map((line) => {
        const cells = tabs(line);
        if (cells.length === 1) return `<p>${line}</p>`;
        // Two-column blocks in the three-column table: the first value spans two columns.
        const tds =
          cells.length === 3 && !/^信息内容/.test(line)
            ? `<td>${cells[0]}</td><td colspan="2">${cells[1]}</td><td>${cells[2]}</td>`
            : cells.map((cell) => `<td>${cell}</td>`).join("");
        return `<table><tr>${tds}</tr></table>`;
      })
      .join("");
    expect(tables(ok(importHtml(html)))).toEqual(wuling.data.tables);
  });

  /** The seed's T4 printed as three small tables under these group titles. */
  function t4AsThreeTables(titles: readonly string[]): ImportedReport {
    const values = wuling.data.tables.T4.map(String);
    const outcomes = "结果维持\t结果纠正\t其他结果\t尚未审结\t总计";
    const three = titles
      .map((group, g) => [group, outcomes, values.slice(g * 5, g * 5 + 5).join("\t")].join("\n"))
      .join("\n");
    const lines = wuling.text.split("\n");
    const heading = lines.findIndex((line) => line.startsWith("四、政府信息公开行政复议"));
    return ok(importText([...lines.slice(0, heading + 1), three, ...lines.slice(heading + 3)].join("\n")));
  }

  test.each([
    ["one per column group", ["行政复议", "未经复议直接起诉", "复议后起诉"]],
    [
      "the litigation groups named with their parent (行政诉讼（复议后起诉）)",
      ["### 行政复议", "### 行政诉讼（未经复议直接起诉）", "### 行政诉讼（复议后起诉）"],
    ],
  ])("T4 printed as three tables, %s", (_, titles) => {
    const report = t4AsThreeTables(titles);
    expect(tables(report).T4).toEqual(wuling.data.tables.T4);
    expect(report.issues).toEqual([]);
  });

  test("a T3 row under a ### heading, then a header row, then its label again with the values", () => {
    const text = baihe.text
      .split("\n")
      .map((line) => {
        if (!isT3Row(line)) return line;
        const cells = tabs(line);
        const label = cells.slice(0, -7).join(" ");
        // The row's own label, without its group and its numbering ("予以公开", "属于国家秘密").
        const own =
          cells
            .slice(0, -7)
            .filter((cell) => cell !== "")
            .pop() ?? "";
        const bare = own.replace(
          /^(?:[（(][一二三四五六七八九十]+[)）]|[一二三四五六七八九十]+、|\d+[.．、])\s*/,
          "",
        );
        // Bare 其他 / 总计 are column headers too, never taken for a row: those keep their numbering.
        const unnumbered = /^(其他|总计)$/.test(bare) ? own : bare;
        return [
          `### ${label}`,
          "| 类别 | 数据1 | 数据2 | 数据3 | 数据4 | 数据5 | 数据6 | 总计 |",
          "|---|---|---|---|---|---|---|---|",
          `| ${unnumbered} | ${cells.slice(-7).join(" | ")} |`,
        ].join("\n");
      })
      .join("\n");
    const report = ok(importText(text));
    expect(tables(report).T3).toEqual(baihe.data.tables.T3);
    expect(report.issues).toEqual([]);
  });

  test("each T3 row in its own small table under a ### heading (OCR markdown)", () => {
    const text = baihe.text
      .split("\n")
      .map((line) => {
        if (!isT3Row(line)) return line;
        const cells = tabs(line);
        return `### ${cells.slice(0, -7).join(" ")}\n| ${cells.slice(-7).join(" | ")} |\n|---|---|---|---|---|---|---|`;
      })
      .join("\n");
    const report = ok(importText(text));
    expect(tables(report).T3).toEqual(baihe.data.tables.T3);
    expect(report.issues).toEqual([]);
  });

  test("T3 split by a page break: page number and the header again between rows", () => {
    const lines = baihe.text.split("\n");
    const middle = lines.findIndex((line) => line.includes("（四）无法提供"));
    const header = lines.filter((line) => /^申请人情况|^自然人/.test(line));
    const text = [...lines.slice(0, middle), "— 3 —", ...header, ...lines.slice(middle)].join("\n");
    expect(tables(ok(importText(text))).T3).toEqual(baihe.data.tables.T3);
  });

  test("a page footer between the values of a row written one per line", () => {
    const text = baihe.text
      .split("\n")
      .flatMap((line) => {
        if (!line.startsWith("（七）总计") && !line.includes("\t（七）总计\t")) return [line];
        const cells = tabs(line);
        return [cells.slice(0, -7).join(" "), ...cells.slice(-7, -3), "— 4 —", ...cells.slice(-3)];
      })
      .join("\n");
    expect(tables(ok(importText(text))).T3[23]).toEqual(baihe.data.tables.T3[23]);
  });
});
