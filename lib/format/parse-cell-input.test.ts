import { describe, expect, test } from "vitest";
import { parseCellInput } from "./report-data";

describe("parseCellInput", () => {
  test("blank input is a blank cell, not 0", () => {
    expect(parseCellInput("", "count")).toEqual({ ok: true, value: null });
    expect(parseCellInput(" \u3000 ", "count")).toEqual({ ok: true, value: null });
  });

  test("normalises full-width digits, signs, dots, spaces and thousands separators", () => {
    expect(parseCellInput("１２", "count")).toEqual({ ok: true, value: 12 });
    expect(parseCellInput(" 1 234 ", "count")).toEqual({ ok: true, value: 1234 });
    expect(parseCellInput("1,234,567", "count")).toEqual({ ok: true, value: 1234567 });
    expect(parseCellInput("１，２３４", "count")).toEqual({ ok: true, value: 1234 });
    expect(parseCellInput("－２", "signed")).toEqual({ ok: true, value: -2 });
    expect(parseCellInput("+2", "signed")).toEqual({ ok: true, value: 2 });
    expect(parseCellInput("０．６５", "amount")).toEqual({ ok: true, value: 0.65 });
    expect(parseCellInput("007", "count")).toEqual({ ok: true, value: 7 });
    expect(parseCellInput("-0", "signed")).toEqual({ ok: true, value: 0 });
  });

  test("says in Chinese what to type instead", () => {
    expect(parseCellInput("abc", "count")).toEqual({ ok: false, message: "请输入不小于0的整数" });
    expect(parseCellInput("-3", "count")).toEqual({ ok: false, message: "请输入不小于0的整数" });
    expect(parseCellInput("1.5", "count")).toEqual({ ok: false, message: "请输入不小于0的整数" });
    expect(parseCellInput("1.5", "signed")).toEqual({
      ok: false,
      message: "请输入整数（减少的填负数，如-2）",
    });
    // 万元 to the cent has 6 decimals; finer is kept (V-02 warns), never refused.
    expect(parseCellInput("4166.241619", "amount")).toEqual({ ok: true, value: 4166.241619 });
    expect(parseCellInput("1.2345678", "amount")).toEqual({ ok: true, value: 1.2345678 });
    expect(parseCellInput("-1", "amount")).toEqual({ ok: false, message: "请输入不小于0的金额" });
    expect(parseCellInput("1,23", "count")).toEqual({ ok: false, message: "千位分隔符位置不正确" });
    expect(parseCellInput("1e400", "count")).toEqual({ ok: false, message: "请输入不小于0的整数" });
    expect(parseCellInput("12345678901234567", "count")).toEqual({
      ok: false,
      message: "数值不能超过999999999",
    });
    expect(parseCellInput("1000000000", "count")).toEqual({ ok: false, message: "数值不能超过999999999" });
    expect(parseCellInput("999999999", "count")).toEqual({ ok: true, value: 999999999 });
  });

  test("refuses placeholders for zero", () => {
    for (const text of ["-", "/", "—", "／", "无"]) {
      expect(parseCellInput(text, "count")).toEqual({ ok: false, message: "“-”“/”等不等于0，没有的请填写0" });
    }
  });

  test("keeps the unit the filer gave for amountWithUnit and normalises to 万元", () => {
    expect(parseCellInput("703.1544万元", "amountWithUnit")).toEqual({
      ok: true,
      value: 703.1544,
      unitText: "703.1544万元",
    });
    expect(parseCellInput("0.65 万元", "amountWithUnit")).toEqual({
      ok: true,
      value: 0.65,
      unitText: "0.65 万元",
    });
    expect(parseCellInput("251000元", "amountWithUnit")).toEqual({
      ok: true,
      value: 25.1,
      unitText: "251000元",
    });
    expect(parseCellInput("12345.67元", "amountWithUnit")).toEqual({
      ok: true,
      value: 1.234567,
      unitText: "12345.67元",
    });
    expect(parseCellInput("5元", "amountWithUnit")).toEqual({ ok: true, value: 0.0005, unitText: "5元" });
    expect(parseCellInput("3.5", "amountWithUnit")).toEqual({ ok: true, value: 3.5 });
  });

  test("accepts 万元 on 万元 columns but not 元, and no unit on counts", () => {
    expect(parseCellInput("2万元", "amount")).toEqual({ ok: true, value: 2 });
    expect(parseCellInput("2000元", "amount")).toEqual({
      ok: false,
      message: "本栏单位为万元，请换算为万元后填写",
    });
    expect(parseCellInput("2元", "count")).toEqual({ ok: false, message: "请输入不小于0的整数" });
  });
});
