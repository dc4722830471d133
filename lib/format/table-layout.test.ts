import { describe, expect, test } from "vitest";
import { tableLayout, type LayoutCell, type LayoutRow, type TableLayout } from "./cells";
import { getFormat } from "./index";

function layoutOf(formatId: "gov-2021" | "gov-2019" | "stat-2014", tableId: "T2" | "T3" | "T4"): TableLayout {
  const layout = tableLayout(getFormat(formatId), tableId);
  if (!layout) throw new Error("no layout");
  return layout;
}

function describeCell(cell: LayoutCell): string {
  if (cell.type === "value") return `value ${cell.cell.id} ${cell.colspan}`;
  const scope = cell.type === "header" ? ` ${cell.scope}` : "";
  return `${cell.label} ${cell.rowspan}×${cell.colspan}${scope}`;
}

function headers(row: LayoutRow | undefined): string[] {
  return (row?.cells ?? []).filter((cell) => cell.type !== "value").map(describeCell);
}

/** Every row must fill the grid exactly once rowspans from above are accounted for. */
function expectRectangular(rows: readonly LayoutRow[], width: number): void {
  const carried: number[] = Array(width).fill(0);
  for (const row of rows) {
    let column = 0;
    for (const cell of row.cells) {
      while ((carried[column] ?? 0) > 0) column += 1;
      const rowspan = cell.type === "value" ? 1 : cell.rowspan;
      for (let i = 0; i < cell.colspan; i += 1) carried[column + i] = rowspan;
      column += cell.colspan;
    }
    while (column < width && (carried[column] ?? 0) > 0) column += 1;
    expect(column).toBe(width);
    for (let i = 0; i < width; i += 1) carried[i] = Math.max(0, (carried[i] ?? 0) - 1);
  }
}

describe("T3 layout (gov-2021)", () => {
  const layout = layoutOf("gov-2021", "T3");
  const body = layout.bodies[0] ?? [];

  test("has three header rows spanning as on the official form", () => {
    expect(layout.head.map((row) => row.cells.map(describeCell))).toEqual([
      ["（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和） 3×3", "申请人情况 1×7 colgroup"],
      ["自然人 2×1 col", "法人或其他组织 1×5 colgroup", "总计 2×1 col"],
      [
        "商业企业 1×1 col",
        "科研机构 1×1 col",
        "社会公益组织 1×1 col",
        "法律服务机构 1×1 col",
        "其他 1×1 col",
      ],
    ]);
    expect(layout.columnCount).toBe(10);
  });

  test("merges row labels by level", () => {
    expect(body).toHaveLength(25);
    expect(headers(body[0])).toEqual(["一、本年新收政府信息公开申请数量 1×3 row"]);
    expect(headers(body[2])).toEqual(["三、本年度办理结果 22×1 rowgroup", "（一）予以公开 1×2 row"]);
    expect(headers(body[3])).toEqual(["（二）部分公开（区分处理的，只计这一情形，不计其他情形） 1×2 row"]);
    expect(headers(body[4])).toEqual(["（三）不予公开 8×1 rowgroup", "1.属于国家秘密 1×1 row"]);
    expect(headers(body[5])).toEqual(["2.其他法律行政法规禁止公开 1×1 row"]);
    expect(headers(body[20])).toEqual([
      "（六）其他处理 3×1 rowgroup",
      "1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请 1×1 row",
    ]);
    expect(headers(body[23])).toEqual(["（七）总计 1×2 row"]);
    expect(headers(body[24])).toEqual(["四、结转下年度继续办理 1×3 row"]);
    expectRectangular([...layout.head, ...body], layout.columnCount);
  });

  test("lists every header a value cell belongs to", () => {
    const value = body[4]?.cells.find((cell) => cell.type === "value" && cell.cell.id === "T3.r05.c2");
    expect(value?.type === "value" && value.headers).toEqual([
      "T3-h-rg-2",
      "T3-h-rg-2-2",
      "T3-h-r05",
      "T3-h-cg-0",
      "T3-h-cg-0-1",
      "T3-h-c2",
    ]);
    const ids = new Set(
      [...layout.head, ...body].flatMap((row) =>
        row.cells.filter((cell) => cell.type !== "value").map((cell) => cell.id),
      ),
    );
    for (const row of body) {
      for (const cell of row.cells) {
        if (cell.type === "value") for (const id of cell.headers) expect(ids.has(id), id).toBe(true);
      }
    }
  });

  test("is memoised", () => {
    expect(tableLayout(getFormat("gov-2021"), "T3")).toBe(layout);
  });
});

describe("T3 layout (gov-2019)", () => {
  test("（六）其他处理 is a single row spanning two label columns", () => {
    const layout = layoutOf("gov-2019", "T3");
    const body = layout.bodies[0] ?? [];
    expect(body).toHaveLength(23);
    expect(headers(body[2])).toEqual(["三、本年度办理结果 20×1 rowgroup", "（一）予以公开 1×2 row"]);
    expect(headers(body[20])).toEqual(["（六）其他处理 1×2 row"]);
    expectRectangular([...layout.head, ...body], layout.columnCount);
  });
});

describe("T4 layout", () => {
  const layout = layoutOf("gov-2021", "T4");

  test("has three header rows and no corner", () => {
    expect(layout.head.map((row) => row.cells.map(describeCell))).toEqual([
      ["行政复议 1×5 colgroup", "行政诉讼 1×10 colgroup"],
      [
        "结果维持 2×1 col",
        "结果纠正 2×1 col",
        "其他结果 2×1 col",
        "尚未审结 2×1 col",
        "总计 2×1 col",
        "未经复议直接起诉 1×5 colgroup",
        "复议后起诉 1×5 colgroup",
      ],
      [...Array(2)].flatMap(() =>
        ["结果维持", "结果纠正", "其他结果", "尚未审结", "总计"].map((l) => `${l} 1×1 col`),
      ),
    ]);
    expect(layout.columnCount).toBe(15);
  });

  test("has one body row of 15 values with their column headers", () => {
    const row = layout.bodies[0]?.[0];
    expect(row?.cells).toHaveLength(15);
    const last = row?.cells[14];
    expect(last?.type === "value" && last.headers).toEqual(["T4-h-cg-1", "T4-h-cg-1-1", "T4-h-c15"]);
    expectRectangular([...layout.head, ...(layout.bodies[0] ?? [])], 15);
  });
});

describe("T2 layout", () => {
  test("renders each block as title row, header row and data rows in a 4-wide grid", () => {
    const layout = layoutOf("gov-2021", "T2");
    expect(layout.head).toEqual([]);
    expect(layout.columnCount).toBe(4);
    expect(layout.bodies.map((body) => body.map((row) => row.cells.map(describeCell)))).toEqual([
      [
        ["第二十条第（一）项 1×4 rowgroup"],
        ["信息内容 1×1 col", "本年制发件数 1×1 col", "本年废止件数 1×1 col", "现行有效件数 1×1 col"],
        ["规章 1×1 row", "value T2.rules.issued 1", "value T2.rules.repealed 1", "value T2.rules.inForce 1"],
        [
          "行政规范性文件 1×1 row",
          "value T2.normative.issued 1",
          "value T2.normative.repealed 1",
          "value T2.normative.inForce 1",
        ],
      ],
      [
        ["第二十条第（五）项 1×4 rowgroup"],
        ["信息内容 1×1 col", "本年处理决定数量 1×3 col"],
        ["行政许可 1×1 row", "value T2.license.decisions 3"],
      ],
      [
        ["第二十条第（六）项 1×4 rowgroup"],
        ["信息内容 1×1 col", "本年处理决定数量 1×3 col"],
        ["行政处罚 1×1 row", "value T2.penalty.decisions 3"],
        ["行政强制 1×1 row", "value T2.coercion.decisions 3"],
      ],
      [
        ["第二十条第（八）项 1×4 rowgroup"],
        ["信息内容 1×1 col", "本年收费金额（单位：万元） 1×3 col"],
        ["行政事业性收费 1×1 row", "value T2.fees.amount 3"],
      ],
    ]);
    const value = layout.bodies[3]?.[2]?.cells[1];
    expect(value?.type === "value" && value.headers).toEqual(["T2-h-b3", "T2-h-fees", "T2-h-b3-amount"]);
  });

  test("gov-2019 blocks of two columns widen the last one", () => {
    const layout = layoutOf("gov-2019", "T2");
    expect(layout.bodies).toHaveLength(5);
    expect(layout.bodies[4]?.[1]?.cells.map(describeCell)).toEqual([
      "信息内容 1×1 col",
      "采购项目数量 1×1 col",
      "采购总金额 1×2 col",
    ]);
    for (const body of layout.bodies) expectRectangular(body, 4);
  });
});

describe("formats without the table", () => {
  test("stat-2014 has no T2/T3/T4 layout", () => {
    expect(tableLayout(getFormat("stat-2014"), "T3")).toBeNull();
  });
});
