import { describe, expect, it } from "vitest";
import { findInputProblem, MAX_INPUT_DEPTH, textProblem } from "./unstorable-text";

describe("text neither database stores alike", () => {
  it("finds NUL and lone surrogates, and lets paired surrogates (emoji, rare characters) through", () => {
    expect(textProblem("a\u0000b")).toContain("空字符");
    expect(textProblem("\uD800")).toContain("代理字符");
    expect(textProblem("x\uDC00")).toContain("代理字符");
    expect(textProblem("𠀀😀 吉县")).toBeNull();
  });

  it("looks into nested values and keys and names the path", () => {
    expect(findInputProblem({ data: { narratives: { s1: "ok", s5: "a\u0000" } } })).toMatchObject({
      path: "data.narratives.s5",
    });
    expect(findInputProblem({ list: ["ok", "\uDBFF"] })).toMatchObject({ path: "list.1" });
    expect(findInputProblem({ ["k\u0000"]: 1 })).toMatchObject({ path: "k\u0000" });
    expect(findInputProblem({ a: [1, null, true, "fine"] })).toBeNull();
  });

  it("stops at the depth limit instead of recursing without end", () => {
    let deep: unknown = "x";
    for (let i = 0; i < MAX_INPUT_DEPTH + 1; i++) deep = [deep];
    expect(findInputProblem(deep)?.message).toContain("嵌套层级");
    let shallow: unknown = "x";
    for (let i = 0; i < MAX_INPUT_DEPTH - 1; i++) shallow = [shallow];
    expect(findInputProblem(shallow)).toBeNull();
  });
});
