import { describe, expect, test } from "vitest";
import { tokenizeText } from "./tokenize-text";

describe("tokenizeText", () => {
  test("tab lines are rows (empty cells kept), blank lines only separate", () => {
    expect(tokenizeText("标题\r\n\r\n规章\t0\t\t0\n\n  正文  ").map((l) => [l.kind, l.cells])).toEqual([
      ["text", ["标题"]],
      ["tab", ["规章", "0", "", "0"]],
      ["text", ["正文"]],
    ]);
  });

  test("pipe rows: leading/trailing pipes, one cell per line, a lone pipe is one empty cell", () => {
    expect(
      tokenizeText("| 规章 | 0 | 1 |\n|---|---|---|\n统 计 指 标 |\n|").map((l) => [l.kind, l.cells]),
    ).toEqual([
      ["pipe", ["规章", "0", "1"]],
      ["pipe", ["统 计 指 标"]],
      ["pipe", [""]],
    ]);
  });

  test("navigation with inner pipes but none at the ends stays text; a BOM is dropped", () => {
    expect(tokenizeText("\uFEFF首页 | 政务公开").map((l) => [l.kind, l.cells])).toEqual([
      ["text", ["首页 | 政务公开"]],
    ]);
  });
});
