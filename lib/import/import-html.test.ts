import { readFileSync } from "node:fs";
import { describe, expect, test } from "vitest";
import type { GovReportData } from "@/lib/format/report-data";
import { importHtml } from "./import-html";
import { tokenizeHtml } from "./tokenize-html";

const html = readFileSync(new URL("./fixtures/report-2021.html", import.meta.url), "utf8");
const zeros = (n: number) => Array.from({ length: n }, () => 0);

describe("HTML page with rowspan/colspan, &nbsp; cells and a layout table", () => {
  const result = importHtml(html);
  if (!result.ok) throw new Error(result.message);
  const data = result.data as GovReportData;

  test("title, template (from 本年制发<br>件数 …), page date before the signature's", () => {
    expect(result.format.id).toBe("gov-2021");
    expect(result.organ).toBe("示例县示例镇人民政府");
    expect(result.year).toBe(2021);
    expect(result.publishedOn).toBe("2022-01-20");
    expect(result.preamble).toBe("本报告依据《中华人民共和国政府信息公开条例》编制。");
  });

  test("T2: a value cell spanning three columns is one value; &nbsp; is blank", () => {
    expect(data.tables.T2).toEqual([[0, 0, 0], [2, 1, 12], [37], [5], [null], [1.2345]]);
  });

  test("T3: row labels under rowspans, &nbsp; and “-” blank (not 0), full-width １ read as 1", () => {
    const T3: (number | null)[][] = Array.from({ length: 25 }, () => zeros(7));
    T3[0] = [3, 1, 0, 0, 0, 0, 4];
    T3[2] = [2, 1, 0, 0, 0, 0, 3];
    T3[4] = [null, 0, 0, 0, 0, 0, 0];
    T3[12] = [1, 0, 0, 0, 0, 0, 1];
    T3[16] = [0, null, 0, 0, 0, 0, 0];
    T3[23] = [3, 1, 0, 0, 0, 0, 4];
    expect(data.tables.T3).toEqual(T3);
  });

  test("T4 under a two-level header with rowspans", () => {
    expect(data.tables.T4).toEqual([1, 0, 0, 0, 1, ...zeros(10)]);
  });

  test("narratives without the signature and the page footer", () => {
    expect(data.narratives).toEqual({
      s1: "（一）主动公开。本年度主动公开政府信息86条。\n（二）依申请公开。本年度收到政府信息公开申请4件。",
      s5: "一是公开内容不够全面；二是业务培训不足。",
      s6: "本年度未收取信息处理费。",
    });
    expect(result.issues).toEqual([]);
  });
});

describe("tokenizeHtml", () => {
  test("lays spans out on the grid (covered positions empty) and skips scripts and styles", () => {
    const lines = tokenizeHtml(
      "<style>p{}</style><script>x=1</script><table><tr><td colspan='2' rowspan='2'>a</td><td>&nbsp;</td></tr><tr><td>1</td></tr><tr><td>b</td><td>2</td><td>3</td></tr></table>",
    );
    expect(lines).toEqual([
      {
        index: 0,
        cells: ["a", "", ""],
        kind: "table",
        group: 0,
        covered: [null, "a", null],
        spannedLeft: [false, true, false],
      },
      {
        index: 1,
        cells: ["", "", "1"],
        kind: "table",
        group: 0,
        covered: ["a", "a", null],
        spannedLeft: [false, true, false],
      },
      {
        index: 2,
        cells: ["b", "2", "3"],
        kind: "table",
        group: 0,
        covered: [null, null, null],
        spannedLeft: [false, false, false],
      },
    ]);
  });

  test("unwraps one-column layout tables and breaks paragraphs on block elements and <br>", () => {
    const lines = tokenizeHtml("<table><tr><td><p>一、总体情况</p>正文<br>第二行</td></tr></table>");
    expect(lines.map((l) => [l.kind, l.cells])).toEqual([
      ["text", ["一、总体情况"]],
      ["text", ["正文"]],
      ["text", ["第二行"]],
    ]);
  });

  test("survives broken markup", () => {
    expect(() =>
      tokenizeHtml("<table><tr><td>1<td>2</tr><p>x</table></div></span><<>>&amp;&#0;"),
    ).not.toThrow();
  });
});
