import { describe, expect, test } from "vitest";
import { dropPageNumbers, isPageNumber } from "./page-numbers";
import { tokenizeText } from "./tokenize-text";

describe("page numbers", () => {
  test("the footers printed reports carry; values and dates are not", () => {
    for (const text of ["— 5 —", "-3-", "- 12 -", "第 3 页", "第3页 共9页", "3 / 9"])
      expect(isPageNumber(text)).toBe(true);
    for (const text of ["-3", "5", "2021-01-27", "第三部分", "0.5"]) expect(isPageNumber(text)).toBe(false);
  });

  test("dropped wherever they fall, the rest re-indexed", () => {
    const lines = dropPageNumbers(tokenizeText("政务公开\n— 1 —\n促落实"));
    expect(lines.map((line) => [line.index, line.cells])).toEqual([
      [0, ["政务公开"]],
      [1, ["促落实"]],
    ]);
  });
});
