import { describe, expect, it } from "vitest";
import { getFormat } from "@/lib/format";
import { formatCells } from "@/lib/format/cells";
import { planPaste, splitPastedRow } from "./plan-paste";

const format = getFormat("gov-2021");
const computed = new Set(format.sums.map((s) => s.target));
const cell = (id: string) => formatCells(format).byId.get(id)!;
const plan = (start: string, grid: string[][]) =>
  Object.fromEntries(planPaste(format, computed, cell(start), grid).map(([c, text]) => [c.id, text]));

describe("splitPastedRow", () => {
  it("takes the leading cells that are not values as the label, with a spanned label's empty cells", () => {
    expect(splitPastedRow(["（三）不予公开", "", "1.属于国家秘密", "0", "1"])).toEqual({
      label: ["（三）不予公开", "1.属于国家秘密"],
      values: ["0", "1"],
    });
    expect(splitPastedRow(["", "7", "-"])).toEqual({ label: [], values: ["", "7", "-"] });
    expect(splitPastedRow(["7", "1"])).toEqual({ label: [], values: ["7", "1"] });
  });
});

describe("planPaste", () => {
  it("puts a labelled row into the row its label names, from the first column, whatever cell it lands on", () => {
    const row = ["（一）予以公开", "7", "1", "0", "0", "0", "0"];
    const expected = {
      "T3.r03.c1": "7",
      "T3.r03.c2": "1",
      "T3.r03.c3": "0",
      "T3.r03.c4": "0",
      "T3.r03.c5": "0",
      "T3.r03.c6": "0",
    };
    expect(plan("T3.r03.c1", [row])).toEqual(expected);
    expect(plan("T3.r10.c4", [row])).toEqual(expected);
  });

  it("drops a trailing total: a row as wide as the table row is placed by position", () => {
    expect(plan("T3.r03.c1", [["（一）予以公开", "7", "1", "0", "0", "0", "0", "8"]])).toEqual({
      "T3.r03.c1": "7",
      "T3.r03.c2": "1",
      "T3.r03.c3": "0",
      "T3.r03.c4": "0",
      "T3.r03.c5": "0",
      "T3.r03.c6": "0",
    });
    // T4 with its three 总计 columns: 15 values, the totals skipped in place.
    const t4 = plan("T4.c1", [Array.from({ length: 15 }, (_, i) => String(i + 1))]);
    expect(Object.keys(t4)).toHaveLength(12);
    expect(t4["T4.c6"]).toBe("6");
    expect(Object.values(t4)).not.toContain("5");
  });

  it("reads labels as the importer spells them (half-width brackets, other numbering)", () => {
    expect(plan("T3.r01.c1", [["(一)予以公开", "3", "0", "0", "0", "0", "0"]])["T3.r03.c1"]).toBe("3");
    expect(
      plan("T3.r01.c1", [["（三）不予公开", "1、属于国家秘密", "2", "0", "0", "0", "0", "0"]])["T3.r05.c1"],
    ).toBe("2");
  });

  it("keeps a block of numbers where it is pasted, skipping computed cells, as before", () => {
    expect(
      plan("T3.r01.c2", [
        ["4", "5"],
        ["6", "7"],
      ]),
    ).toEqual({
      "T3.r01.c2": "4",
      "T3.r01.c3": "5",
      "T3.r02.c2": "6",
      "T3.r02.c3": "7",
    });
    // An unknown label fills the row pasted on, from its first column.
    expect(plan("T3.r03.c4", [["合计行", "9"]])).toEqual({ "T3.r03.c1": "9" });
  });

  it("finds T2 rows by their labels too", () => {
    expect(plan("T2.rules.issued", [["行政许可", "11"]])).toEqual({ "T2.license.decisions": "11" });
  });
});
