import { describe, expect, test } from "vitest";
import { keyLines } from "./keyed-lines";
import { collectValueLines, placeRowCells, trimToWidth } from "./read-row-values";
import { rowToValues } from "./row-to-values";
import { tokenizeText } from "./tokenize-text";
import { isBlankMarker, isValueText } from "./value-text";

const specs = (n: number) =>
  Array.from({ length: n }, (_, i) => ({ id: `T.r.c${i + 1}`, kind: "count" as const, label: `c${i + 1}` }));

describe("row cells", () => {
  test("label-span padding goes first from the left, then from the right", () => {
    expect(trimToWidth(["", "0", "1", ""], 2)).toEqual(["0", "1"]);
    expect(trimToWidth(["", "0", ""], 2)).toEqual(["0", ""]);
    expect(trimToWidth(["", "0", ""], 2, false)).toEqual(["", "0"]);
  });

  test("a blank that could sit at either end is read but doubted; a short row is doubted", () => {
    expect(placeRowCells(["", "0", ""], 2, 0)).toEqual({
      kind: "placed",
      cells: ["0", ""],
      doubt: "shifted",
      lastLine: 0,
    });
    expect(placeRowCells(["1"], 2, 0)).toEqual({
      kind: "placed",
      cells: ["1", ""],
      doubt: "short",
      lastLine: 0,
    });
    expect(placeRowCells(["", "", ""], 2, 0)).toMatchObject({ cells: ["", ""], doubt: null });
    expect(placeRowCells(["1", "2", "3"], 2, 0).kind).toBe("extra");
  });

  test("values on their own lines: placed only when all are there", () => {
    const doc = keyLines(tokenizeText("0\n\n1\n\n下一行"));
    expect(collectValueLines(doc, 0, 3, 2, () => false)).toMatchObject({ kind: "placed", cells: ["0", "1"] });
    expect(collectValueLines(doc, 0, 3, 3, (key) => key === "下一行")).toMatchObject({
      kind: "unplaced",
      values: ["0", "1"],
    });
  });

  test("unreadable and unplaceable cells stay blank with an issue quoting the source", () => {
    const read = rowToValues(
      { kind: "placed", cells: ["3", "1.5", "-"], doubt: null, lastLine: 0 },
      specs(3),
      "行",
      "原文",
    );
    expect(read.values).toEqual([3, null, null]);
    expect(read.issues).toEqual([
      expect.objectContaining({ kind: "unreadable-cell", cells: ["T.r.c2"], raw: "1.5" }),
    ]);
    const unplaced = rowToValues({ kind: "unplaced", values: ["1"], lastLine: 0 }, specs(2), "行", "行 | 1");
    expect(unplaced.values).toEqual([null, null]);
    expect(unplaced.issues[0]).toMatchObject({ kind: "row-misaligned", raw: "行 | 1" });
  });
});

describe("value text", () => {
  test("numbers with sign, commas, units; blank markers", () => {
    for (const text of ["0", " 7 ", "+2", "-3", "1,234", "703.1544万元", "0.65 万元", "251000元", "１２"]) {
      expect(isValueText(text)).toBe(true);
    }
    for (const text of ["-", "/", "——", "无"]) expect(isBlankMarker(text)).toBe(true);
    for (const text of ["规章", "2.重复申请", "0件", "", "7 0", "7\n0", "1 234"])
      expect(isValueText(text)).toBe(false);
  });
});

describe("thousands separators", () => {
  test("a count grouped by threes (1,234) is that number; a comma anywhere else makes the cell unreadable", () => {
    const read = rowToValues(
      {
        kind: "placed",
        cells: ["1,234", "1,234,567", "12,34", "1,2345", "1，234"],
        doubt: null,
        lastLine: 0,
      },
      specs(5),
      "行",
      "原文",
    );
    expect(read.values).toEqual([1234, 1234567, null, null, 1234]);
    expect(read.issues.map((issue) => [issue.kind, issue.raw])).toEqual([
      ["unreadable-cell", "12,34"],
      ["unreadable-cell", "1,2345"],
    ]);
    // A separator followed by a space is two pieces, never one number.
    expect(isValueText("1, 234")).toBe(false);
  });
});

describe("cells whose boundaries were lost", () => {
  test("a number with a leading zero is cells run together: unreadable", () => {
    const read = rowToValues(
      { kind: "placed", cells: ["0", "012"], doubt: null, lastLine: 0 },
      specs(2),
      "行",
      "原文",
    );
    expect(read.values).toEqual([0, null]);
    expect(read.issues[0]).toMatchObject({ kind: "unreadable-cell", raw: "012" });
  });

  test("a short row is read left to right only when no placement changes a number", () => {
    expect(placeRowCells(["0", "0"], 3, 0)).toMatchObject({ kind: "placed", doubt: "short" });
    expect(placeRowCells(["22", "235"], 3, 0)).toEqual({
      kind: "unplaced",
      values: ["22", "235"],
      lastLine: 0,
    });
  });

  test("a short row of space-aligned text is never read left to right, even with equal values", () => {
    expect(placeRowCells(["18", "18"], 7, 0, true)).toEqual({
      kind: "unplaced",
      values: ["18", "18"],
      lastLine: 0,
    });
    // A row with every cell filled has its positions however it was printed.
    expect(placeRowCells(["1", "2", "3"], 3, 0, true)).toMatchObject({ kind: "placed", doubt: null });
  });

  test("values one per line with one more value after them are too many", () => {
    const doc = keyLines(tokenizeText("1\n2\n3"));
    expect(collectValueLines(doc, 0, 3, 2, () => false).kind).toBe("extra");
  });
});
