import { describe, expect, test } from "vitest";
import { labelCore, labelKey, labelMatcher } from "./label-key";

describe("labelKey", () => {
  test("unifies full-width and ASCII punctuation, numbering and spaces", () => {
    expect(labelKey("（一） 予以公开")).toBe(labelKey("(一)予以公开"));
    expect(labelKey("1、属于国家秘密")).toBe(labelKey("1.属于国家秘密"));
    expect(labelKey("１．属于国家秘密")).toBe("1.属于国家秘密");
    expect(labelKey("一.总体情况")).toBe("一、总体情况");
    expect(labelKey("3.危及“三安全一稳定”")).toBe(labelKey('3.危及"三安全一稳定"'));
    expect(labelKey("统 计 指 标")).toBe("统计指标");
    expect(labelKey("## **二、主动公开政府信息情况**")).toBe("二、主动公开政府信息情况");
  });

  test("a trailing note is not part of the core", () => {
    expect(labelCore(labelKey("（二）部分公开（区分处理的，只计这一情形，不计其他情形）"))).toBe(
      "(二)部分公开",
    );
    expect(labelCore(labelKey("（七）总计"))).toBe("(七)总计");
  });
});

describe("labelMatcher", () => {
  const partly = labelMatcher(["（二）部分公开（区分处理的，只计这一情形，不计其他情形）"]);
  test("accepts the label with or without its note, and a note that wraps", () => {
    expect(partly(labelKey("(二) 部分公开(区分处理的,只计这一情形,不计其他情形)"))).toBe(true);
    expect(partly(labelKey("（二）部分公开"))).toBe(true);
    expect(partly(labelKey("（二）部分公开（区分处理的，只计这一情形，"))).toBe(true);
  });

  test("does not accept a longer or different label", () => {
    expect(partly(labelKey("（二）部分公开数量"))).toBe(false);
    expect(labelMatcher(["规范性文件"])(labelKey("行政规范性文件"))).toBe(false);
    expect(labelMatcher(["3.其他"])(labelKey("3.其他法律法规"))).toBe(false);
    expect(labelMatcher(["规章"])("")).toBe(false);
  });
});
