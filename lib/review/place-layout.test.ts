import { describe, expect, it } from "vitest";
import { getFormat } from "@/lib/format";
import { tableLayout } from "@/lib/format/cells";
import { placeLayout } from "./place-layout";

describe("placeLayout", () => {
  it("places T3 on a grid of 3 label columns + 7 value columns, 3 header rows + 25 rows", () => {
    const grid = placeLayout(tableLayout(getFormat("gov-2021"), "T3")!);
    expect(grid.columns).toBe(10);
    expect(grid.rows).toBe(28);
    const corner = grid.cells.find((c) => c.cell.type === "corner")!;
    expect(corner).toMatchObject({ row: 0, column: 0, rowspan: 3, colspan: 3 });
    const natural = grid.cells.find((c) => c.cell.type === "header" && c.cell.label === "自然人")!;
    expect(natural).toMatchObject({ row: 1, column: 3, rowspan: 2, colspan: 1 });
    // r05 (三、> （三）不予公开 > 1.属于国家秘密): the two group headers above it push it to column 2.
    const secret = grid.cells.find((c) => c.cell.type === "value" && c.cell.cell.id === "T3.r05.c1")!;
    expect(secret).toMatchObject({ row: 3 + 4, column: 3 });
    const total = grid.cells.find((c) => c.cell.type === "value" && c.cell.cell.id === "T3.r25.c7")!;
    expect(total).toMatchObject({ row: 27, column: 9 });
  });

  it("places every T3 value cell exactly once and no two cells overlap", () => {
    const grid = placeLayout(tableLayout(getFormat("gov-2019"), "T3")!);
    const seen = new Set<string>();
    for (const c of grid.cells)
      for (let r = 0; r < c.rowspan; r++)
        for (let k = 0; k < c.colspan; k++) {
          const key = `${c.row + r}:${c.column + k}`;
          expect(seen.has(key)).toBe(false);
          seen.add(key);
        }
    expect(seen.size).toBe(grid.rows * grid.columns);
    expect(grid.cells.filter((c) => c.cell.type === "value")).toHaveLength(23 * 7);
  });

  it("spreads T2's narrower blocks over the full width", () => {
    const grid = placeLayout(tableLayout(getFormat("gov-2021"), "T2")!);
    expect(grid.columns).toBe(4);
    const license = grid.cells.find(
      (c) => c.cell.type === "value" && c.cell.cell.id === "T2.license.decisions",
    )!;
    expect(license).toMatchObject({ column: 1, colspan: 3 });
  });
});
