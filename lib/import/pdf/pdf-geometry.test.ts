import { describe, expect, test } from "vitest";
import { buildParagraphs } from "./build-paragraphs";
import { findGrids } from "./find-grids";
import { findGapTables } from "./gap-tables";
import type { GridCell, LayoutBlock, PageContent, Segment, TableBlock, TextRun } from "./geometry";
import { gridTable } from "./grid-table";
import { continuesRow, joinSplitTables } from "./join-tables";
import { dropPageFurniture, isPageNumber } from "./page-furniture";
import { filledSegments, strokedSegments, subpaths } from "./page-rulings";
import { parsePdfDate, pdfMetadataDates } from "./pdf-date";
import { unifyRadicals } from "./radicals";
import { cellText, groupLines, type TextLine } from "./text-lines";
import { dropWatermarks } from "./watermarks";

/** A run of text at (x, baseline) with width from its length (one em per character). */
function run(x: number, baseline: number, text: string, size = 10): TextRun {
  return {
    text,
    x0: x,
    x1: x + size * text.length,
    top: baseline - size * 0.85,
    bottom: baseline + size * 0.15,
    size,
  };
}

const runsAt = (specs: [number, number, string][]) =>
  specs.map(([x, baseline, text]) => run(x, baseline, text));
const h = (at: number, from: number, to: number): Segment => ({ orientation: "h", at, from, to });
const v = (at: number, from: number, to: number): Segment => ({ orientation: "v", at, from, to });

describe("rulings", () => {
  test("stroked paths give their straight pieces; thin filled bars are lines, larger fills are shading", () => {
    const identity = [1, 0, 0, 1, 0, 0] as const;
    // moveTo 0,0 lineTo 100,0 lineTo 100,50 closePath (back to 0,0: a diagonal, ignored).
    const stroked = strokedSegments(subpaths([0, 0, 0, 1, 100, 0, 1, 100, 50, 4], identity));
    expect(stroked).toEqual([h(0, 0, 100), v(100, 0, 50)]);
    const bar = subpaths([0, 10, 20, 1, 210, 20, 1, 210, 20.5, 1, 10, 20.5, 4], identity);
    expect(filledSegments(bar)).toEqual([h(20.25, 10, 210)]);
    expect(filledSegments(subpaths([0, 0, 0, 1, 50, 0, 1, 50, 50, 1, 0, 50, 4], identity))).toEqual([]);
  });

  test("the graphics matrix is applied (a page drawn upside down, as Word and WPS write them)", () => {
    const flip = [1, 0, 0, -1, 0, 842] as const;
    expect(strokedSegments(subpaths([0, 73, 80, 1, 519, 80], flip))).toEqual([h(762, 73, 519)]);
  });
});

describe("ruled tables", () => {
  // 3 columns × 3 rows; the first column's two lower cells are merged (no line between them),
  // the top row spans the two right columns.
  const segments = [
    h(100, 50, 350),
    h(120, 50, 350),
    h(140, 150, 350),
    h(160, 50, 350),
    v(50, 100, 160),
    v(150, 100, 160),
    v(250, 120, 160),
    v(350, 100, 160),
  ];

  test("cells merge where a ruling is missing: row and column spans", () => {
    const [grid] = findGrids(segments);
    if (!grid) throw new Error("no grid");
    const runs = runsAt([
      [60, 115, "信息内容"],
      [160, 115, "本年"],
      [60, 145, "规章"],
      [160, 135, "1"],
      [260, 135, "0"],
      [160, 155, "2"],
      [260, 155, "3"],
    ]);
    const table = gridTable(grid, runs, 1);
    expect(table.rows.map((row) => row.map((c) => [c.text, c.rowspan, c.colspan]))).toEqual([
      [
        ["信息内容", 1, 1],
        ["本年", 1, 2],
      ],
      [
        ["规章", 2, 1],
        ["1", 1, 1],
        ["0", 1, 1],
      ],
      [
        ["2", 1, 1],
        ["3", 1, 1],
      ],
    ]);
  });

  test("a border drawn cell by cell is one line: pieces under a spanning cell that no crossing line meets stay in the table", () => {
    // Two columns; the lower row is one cell spanning both, its top border drawn as two pieces
    // (as Chromium prints each cell's border): the right piece meets no vertical line.
    const pieces = [
      h(100, 50, 150),
      h(100, 150, 250),
      h(120, 50, 150),
      h(120, 150, 250),
      h(140, 50, 150),
      h(140, 150, 250),
      v(50, 100, 140),
      v(150, 100, 120),
      v(250, 100, 140),
      // The second table lower down, right of the first's left edge.
      h(200, 200, 300),
      h(220, 200, 300),
      v(200, 200, 220),
      v(300, 200, 220),
    ];
    const grids = findGrids(pieces);
    expect(grids.map((g) => [g.xs, g.ys])).toEqual([
      [
        [50, 150, 250],
        [100, 120, 140],
      ],
      [
        [200, 300],
        [200, 220],
      ],
    ]);
    const [top, bottom] = grids[0]?.cellIds ?? [];
    expect(top?.[0]).not.toBe(top?.[1]);
    expect(bottom?.[0]).toBe(bottom?.[1]);
    expect(top?.[1]).not.toBe(bottom?.[1]);
  });

  test("a one-cell frame is found as a grid (layout filters it), a lone line is none", () => {
    expect(findGrids([h(10, 0, 100)])).toEqual([]);
    expect(findGrids([h(10, 0, 100), h(90, 0, 100), v(0, 10, 90), v(100, 10, 90)])[0]?.xs).toEqual([0, 100]);
  });
});

describe("text lines and cells", () => {
  test("runs on one baseline form a line; a visible gap is a space", () => {
    const year = run(44, 50, "2024", 5);
    const lines = groupLines([
      ...runsAt([
        [100, 50, "年"],
        [10, 50, "在省办"],
        [10, 80, "下一行"],
      ]),
      year,
    ]);
    expect(lines.map((l) => l.text)).toEqual(["在省办 2024 年", "下一行"]);
  });

  test("a wrapped cell joins without a break; two numbers on two lines never become one", () => {
    expect(
      cellText(
        groupLines([run(0, 10, "（二）部分公开（区分处理的，只计这一情"), run(0, 25, "形，不计其他情形）")]),
      ),
    ).toBe("（二）部分公开（区分处理的，只计这一情形，不计其他情形）");
    expect(cellText(groupLines([run(0, 10, "7"), run(0, 25, "0")]))).toBe("7\n0");
  });
});

describe("page furniture", () => {
  test("page numbers in their usual forms", () => {
    for (const text of ["— 3 —", "- 3 -", "-3-", "第3页", "第 3 页 共 6 页", "3/6", "12"])
      expect(isPageNumber(text)).toBe(true);
    for (const text of ["2024年", "一、总体情况", "3001 53"]) expect(isPageNumber(text)).toBe(false);
  });

  test("page numbers and running heads in the margins go; the same words in the body stay", () => {
    const page = (n: number) => ({
      height: 800,
      lines: groupLines([
        run(200, 30, "某县人民政府文件"),
        run(100, 400, "某县人民政府文件"),
        run(280, 780, `- ${n} -`),
      ]),
    });
    const kept = dropPageFurniture([page(1), page(2), page(3)]);
    expect(kept.map((lines) => lines.map((l) => l.text))).toEqual([
      ["某县人民政府文件"],
      ["某县人民政府文件"],
      ["某县人民政府文件"],
    ]);
    expect(kept[0]?.[0]?.top).toBeGreaterThan(300);
  });
});

describe("paragraphs", () => {
  const line = (y: number, x: number, text: string, size = 10) => groupLines([run(x, y, text, size)])[0]!;
  const page = (n: number, lines: TextLine[]) => ({ page: n, width: 600, tables: [], lines });
  const paragraphs = (...pages: ReturnType<typeof page>[]) =>
    buildParagraphs(pages).map((b) => (b.kind === "paragraph" ? b.text : "table"));

  test("indented lines start paragraphs, lines that reach the margin continue (also over a page break)", () => {
    const texts = paragraphs(
      page(1, [
        line(100, 120, "一、总体情况"),
        line(130, 120, "本年度我镇认真贯彻落实条例"),
        line(160, 100, "各项规定要求，完成了各项任务本年度我镇认真贯彻落实"),
      ]),
      page(2, [
        line(60, 100, "条例的规定。"),
        line(90, 100, "四十五个字符宽的一行文字四十五个字符宽的一行文字"),
      ]),
    );
    expect(texts[0]).toBe("一、总体情况");
    expect(texts[1]).toBe("本年度我镇认真贯彻落实条例");
    expect(texts[2]).toBe("各项规定要求，完成了各项任务本年度我镇认真贯彻落实条例的规定。");
  });

  test("a large centred title that wraps is one paragraph", () => {
    const texts = paragraphs(
      page(1, [
        line(80, 80, "吉县屯里镇人民政府2020年政", 22),
        line(110, 222, "府信息", 22),
        // Body lines in a smaller type, which tells the title from the body.
        ...[160, 180, 200].map((y) => line(y, 100, "正文的一行文字正文的一行文字正文的一行文字正文的")),
      ]),
    );
    expect(texts[0]).toBe("吉县屯里镇人民政府2020年政府信息");
  });
});

describe("tables over a page break", () => {
  const table = (page: number, rows: string[][], columns = [50, 150, 250]): TableBlock => ({
    kind: "table",
    page,
    top: 0,
    bottom: 10,
    columns,
    rows: rows.map((row, r) => row.map((text, c) => ({ row: r, col: c, rowspan: 1, colspan: 1, text }))),
  });

  test("the same columns on the next page continue the table; a repeated header row is dropped", () => {
    const joined = joinSplitTables([
      table(3, [
        ["栏目", "数"],
        ["a", "1"],
      ]),
      table(4, [
        ["栏目", "数"],
        ["b", "2"],
      ]),
    ]);
    expect(joined).toHaveLength(1);
    expect((joined[0] as TableBlock).rows.map((row) => row.map((c) => c.text))).toEqual([
      ["栏目", "数"],
      ["a", "1"],
      ["b", "2"],
    ]);
  });

  test("a table over three pages is one; every repeated header row goes (a browser repeats a whole thead)", () => {
    const header = [
      ["栏目", "数"],
      ["", "本年"],
    ];
    const joined = joinSplitTables([
      table(3, [...header, ["a", "1"]]),
      table(4, [...header, ["b", "2"]]),
      table(5, [...header, ["c", "3"]]),
    ]);
    expect(joined).toHaveLength(1);
    const rows = (joined[0] as TableBlock).rows;
    expect(rows.map((row) => row.map((c) => c.text))).toEqual([
      ...header,
      ["a", "1"],
      ["b", "2"],
      ["c", "3"],
    ]);
    expect(rows.map((row) => row[0]?.row)).toEqual([0, 1, 2, 3, 4]);
  });

  const cell = (row: number, col: number, text: string, colspan = 1, rowspan = 1): GridCell => ({
    row,
    col,
    rowspan,
    colspan,
    text,
  });
  const part = (page: number, columns: number[], cells: GridCell[]): TableBlock => ({
    kind: "table",
    page,
    top: 0,
    bottom: 10,
    columns,
    rows: Array.from({ length: Math.max(...cells.map((c) => c.row)) + 1 }, (_, r) =>
      cells.filter((c) => c.row === r),
    ),
  });
  const texts = (block: LayoutBlock | undefined) =>
    (block as TableBlock).rows.map((row) =>
      row.map((c) => `${c.row},${c.col} ${c.rowspan}x${c.colspan} ${c.text}`),
    );

  test("a part whose rows all span a column line the other part draws continues the table", () => {
    // Page 3 holds only rows spanning both label columns; page 4 divides them.
    const joined = joinSplitTables([
      part(3, [50, 250, 300], [cell(0, 0, "一、本年新收"), cell(0, 1, "5")]),
      part(
        4,
        [50, 100, 250, 300],
        [cell(0, 0, "（三）不予公开"), cell(0, 1, "1.属于国家秘密"), cell(0, 2, "0")],
      ),
    ]);
    expect(joined).toHaveLength(1);
    expect((joined[0] as TableBlock).columns).toEqual([50, 100, 250, 300]);
    expect(texts(joined[0])).toEqual([
      ["0,0 1x2 一、本年新收", "0,2 1x1 5"],
      ["1,0 1x1 （三）不予公开", "1,1 1x1 1.属于国家秘密", "1,2 1x1 0"],
    ]);
    // Other outer edges: another table.
    expect(
      joinSplitTables([
        part(3, [50, 250, 300], [cell(0, 0, "a")]),
        part(4, [60, 100, 250, 300], [cell(0, 0, "b")]),
      ]),
    ).toHaveLength(2);
  });

  test("a row the page break split is one row again: its labels joined, a group label's rowspans added", () => {
    const header = [cell(0, 0, "项目", 2), cell(0, 2, "数")];
    const joined = joinSplitTables([
      part(
        3,
        [50, 100, 250, 300],
        [
          ...header,
          cell(1, 0, "三、本年", 1, 2),
          cell(1, 1, "（一）予以公开"),
          cell(1, 2, "3"),
          cell(2, 1, "（二）部分公开（区分处理的，只"),
          cell(2, 2, "7"),
        ],
      ),
      part(
        4,
        [50, 100, 250, 300],
        [
          ...header,
          cell(1, 0, "度办理结果", 1, 2),
          cell(1, 1, "计这一情形）"),
          cell(1, 2, ""),
          cell(2, 1, "（三）不予公开"),
          cell(2, 2, "1"),
        ],
      ),
    ]);
    expect(joined).toHaveLength(1);
    expect(texts(joined[0])).toEqual([
      ["0,0 1x2 项目", "0,2 1x1 数"],
      ["1,0 3x1 三、本年度办理结果", "1,1 1x1 （一）予以公开", "1,2 1x1 3"],
      ["2,1 1x1 （二）部分公开（区分处理的，只计这一情形）", "2,2 1x1 7"],
      ["3,1 1x1 （三）不予公开", "3,2 1x1 1"],
    ]);
  });

  test("a row after the break is its own row when it starts a numbered label or a figure would continue a figure", () => {
    const last = [cell(5, 0, "（二）部分公开（区分处理的，只"), cell(5, 1, "7")];
    expect(continuesRow(last, [cell(0, 0, "计这一情形）"), cell(0, 1, "")])).toBe(true);
    // The values printed on the next page, under the rest of the label.
    expect(
      continuesRow(
        [cell(5, 0, "（二）部分公开（区分处理的，只"), cell(5, 1, "")],
        [cell(0, 0, "计这一情形）"), cell(0, 1, "7")],
      ),
    ).toBe(true);
    expect(continuesRow(last, [cell(0, 0, "（三）不予公开"), cell(0, 1, "")])).toBe(false);
    expect(continuesRow(last, [cell(0, 0, "2.重复申请"), cell(0, 1, "")])).toBe(false);
    // `7` above and `0` below: one number cut in two or two cells, never read as 70.
    expect(continuesRow(last, [cell(0, 0, "计这一情形）"), cell(0, 1, "0")])).toBe(false);
    // Nothing but figures: no label runs on.
    expect(continuesRow([cell(5, 0, "行政许可"), cell(5, 1, "")], [cell(0, 0, ""), cell(0, 1, "3")])).toBe(
      false,
    );
    // Other cells (a label spanning two columns above, divided below).
    expect(continuesRow(last, [cell(0, 0, "计这一"), cell(0, 1, "情形）"), cell(0, 2, "")])).toBe(false);
  });

  test("other columns, or a table further on, stay separate", () => {
    expect(joinSplitTables([table(3, [["a", "1"]]), table(4, [["b", "2"]], [50, 200, 250])])).toHaveLength(2);
    expect(joinSplitTables([table(3, [["a", "1"]]), table(5, [["b", "2"]])])).toHaveLength(2);
  });
});

describe("borderless tables", () => {
  test("lines in columns with wide gaps are rows; a wrapped label between rows joins its row", () => {
    const lines = groupLines(
      runsAt([
        [50, 100, "规章"],
        [250, 100, "1"],
        [350, 100, "0"],
        [50, 120, "（二）部分公开（区分处理"],
        [250, 128, "4"],
        [350, 128, "5"],
        [50, 136, "的）"],
        [50, 200, "正文一段文字。"],
      ]),
    );
    const { tables, rest } = findGapTables(lines, 1);
    expect(tables[0]?.rows.map((row) => row.map((c) => c.text))).toEqual([
      ["规章", "1", "0"],
      ["（二）部分公开（区分处理的）", "4", "5"],
    ]);
    expect(rest.map((l) => l.text)).toEqual(["正文一段文字。"]);
  });
});

describe("metadata dates", () => {
  test("PDF date strings as instants: the stated offset, else Beijing time", () => {
    expect(parsePdfDate("D:20250225100250+08'00'")?.toISOString()).toBe("2025-02-25T02:02:50.000Z");
    expect(parsePdfDate("D:20250225100324")?.toISOString()).toBe("2025-02-25T02:03:24.000Z");
    expect(parsePdfDate("D:20250224200000Z")?.toISOString()).toBe("2025-02-24T20:00:00.000Z");
    expect(parsePdfDate("D:2025")).toBeNull();
    expect(parsePdfDate("D:20250230")).toBeNull();
  });

  test("candidates name the field they came from; the day is Beijing's", () => {
    expect(pdfMetadataDates({ CreationDate: "D:20250224200000Z", ModDate: "x" })).toEqual([
      { date: "2025-02-25", source: "pdf-metadata", raw: "CreationDate: D:20250224200000Z" },
    ]);
  });
});

describe("watermarks", () => {
  const page = (n: number, runs: TextRun[]): PageContent => ({
    page: n,
    width: 595,
    height: 842,
    runs,
    segments: [],
  });
  const mark = (dx = 0) => run(128 + dx, 420, "草稿（未公开）", 44);

  test("the same text at the same place on every page goes; text elsewhere or on some pages stays", () => {
    const pages = [
      page(1, [run(50, 100, "标题"), mark(), run(50, 300, "附件")]),
      page(2, [run(50, 100, "正文"), mark(0.5), run(50, 300, "附件")]),
      page(3, [mark(), run(60, 300, "附件")]),
    ];
    const { pages: kept, marks } = dropWatermarks(pages);
    expect(kept.map((p) => p.runs.map((r) => r.text))).toEqual([
      ["标题", "附件"],
      ["正文", "附件"],
      ["附件"],
    ]);
    expect(marks).toEqual(["草稿（未公开）"]);
  });

  test("text repeated in the margins (a page-number footer) goes unnamed; only the body's mark is named", () => {
    const footer = (n: number) => [run(280, 800, "第"), run(300, 800, String(n)), run(320, 800, "页")];
    const pages = [page(1, [mark(), ...footer(1)]), page(2, [mark(), ...footer(2)])];
    const { pages: kept, marks } = dropWatermarks(pages);
    expect(kept.map((p) => p.runs.map((r) => r.text))).toEqual([["1"], ["2"]]);
    expect(marks).toEqual(["草稿（未公开）"]);
  });

  test("a one-page document keeps its text: nothing to compare it with", () => {
    expect(dropWatermarks([page(1, [mark()])])).toMatchObject({ marks: [], pages: [{ runs: [mark()] }] });
  });
});

describe("radicals in the text layer", () => {
  test("radical code points that stand for whole characters become those characters", () => {
    expect(unifyRadicals("白鹤镇人⺠政府⻔户⽹站")).toBe("白鹤镇人民政府门户网站");
    // 门户 printed by Chromium with Noto CJK SC: the Kangxi radical ⼾ with the glyph of 户, not NFKC's 戶.
    expect(unifyRadicals("政府门⼾网站")).toBe("政府门户网站");
    // A radical without a whole-character form stays as it is.
    expect(unifyRadicals("⺮")).toBe("⺮");
  });
});
