import { describe, expect, test } from "vitest";
import { formatCells, makeCellId } from "./cells";
import { getFormat } from "./index";

const gov2021 = getFormat("gov-2021");

function cell(id: string) {
  const found = formatCells(gov2021).byId.get(id);
  if (!found) throw new Error(`no cell ${id}`);
  return found;
}

describe("cell ids", () => {
  test("follow the documented scheme", () => {
    expect(makeCellId("T3", "r05", "c2")).toBe("T3.r05.c2");
    expect(makeCellId("T4", null, "c3")).toBe("T4.c3");
  });

  test("are unique and listed in section, row, column order", () => {
    const { all, byId } = formatCells(gov2021);
    expect(byId.size).toBe(all.length);
    expect(all.length).toBe(10 + 175 + 15);
    expect(all.slice(0, 3).map((c) => c.id)).toEqual([
      "T2.rules.issued",
      "T2.rules.repealed",
      "T2.rules.inForce",
    ]);
    expect(all[10]?.id).toBe("T3.r01.c1");
    expect(all[all.length - 1]?.id).toBe("T4.c15");
  });
});

describe("storage positions", () => {
  test("map cell ids to array indexes", () => {
    expect(cell("T3.r05.c2")).toMatchObject({ row: 4, column: 1, sectionId: "s3" });
    expect(cell("T4.c3")).toMatchObject({ row: 0, column: 2, sectionId: "s4" });
    expect(cell("T2.fees.amount")).toMatchObject({ row: 5, column: 0, kind: "amount", sectionId: "s2" });
    expect(formatCells(gov2021).rowLengths).toEqual({
      T2: [3, 3, 1, 1, 1, 1],
      T3: Array(25).fill(7),
      T4: [15],
    });
  });
});

describe("accessible names", () => {
  test.each([
    ["T3.r01.c1", "一、本年新收政府信息公开申请数量 自然人"],
    ["T3.r05.c2", "1.属于国家秘密 商业企业"],
    ["T3.r24.c7", "（七）总计 总计"],
    ["T2.rules.issued", "规章 本年制发件数"],
    ["T2.license.decisions", "行政许可 本年处理决定数量"],
    ["T4.c1", "行政复议 结果维持"],
    ["T4.c10", "未经复议直接起诉 总计"],
    ["T4.c15", "复议后起诉 总计"],
  ])("%s → %s", (id, name) => {
    expect(cell(id).accessibleName).toBe(name);
  });

  test("are unique within each table", () => {
    for (const format of [gov2021, getFormat("gov-2019")]) {
      const names = formatCells(format).all.map((c) => `${c.tableId}:${c.accessibleName}`);
      expect(new Set(names).size).toBe(names.length);
    }
  });
});

describe("finding labels", () => {
  test("keep the parent of numbered sub-rows and name T4 by its group", () => {
    expect(cell("T3.r05.c2").label).toBe("（三）不予公开 1.属于国家秘密·商业企业");
    expect(cell("T3.r03.c1").label).toBe("（一）予以公开·自然人");
    expect(cell("T3.r25.c7").label).toBe("四、结转下年度继续办理·总计");
    expect(cell("T4.c10").label).toBe("未经复议直接起诉·总计");
    expect(cell("T2.normative.inForce").label).toBe("行政规范性文件·现行有效件数");
  });
});

describe("memoisation", () => {
  test("derives once per format", () => {
    expect(formatCells(gov2021)).toBe(formatCells(gov2021));
    expect(formatCells(gov2021)).not.toBe(formatCells(getFormat("gov-2019")));
  });
});
