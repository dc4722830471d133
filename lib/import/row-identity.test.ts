import { describe, expect, test } from "vitest";
import { labelKey } from "./label-key";
import { MATCH, rowIdentities } from "./row-identity";

const ROWS = [
  ["（一）予以公开"],
  ["（二）部分公开（区分处理的，只计这一情形，不计其他情形）"],
  ["4.保护第三方合法权益"],
  ["1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请"],
  ["3.其他"],
];
const ids = rowIdentities(ROWS, ["三、本年度办理结果", "（三）不予公开"], new Set(["其他", "总计"]));
const match = (text: string) => ids.match(labelKey(text));

describe("row identity", () => {
  test("the label as the form prints it, or with ASCII brackets, spaces and a wrapped note", () => {
    expect(match("（一）予以公开")).toEqual({ rows: [0], level: MATCH.exact });
    expect(match("(一) 予以公开")).toEqual({ rows: [0], level: MATCH.exact });
    expect(match("（二）部分公开 (区分处理的, 只计这一情形, 不计其他情形)")).toEqual({
      rows: [1],
      level: MATCH.exact,
    });
    expect(match("（二）部分公开（区分处理的，只")).toEqual({ rows: [1], level: MATCH.core });
  });

  test("the parent group glued in front", () => {
    expect(match("三、本年度办理结果 （一）予以公开")?.rows).toEqual([0]);
    expect(match("（三）不予公开4.保护第三方合法权益")?.rows).toEqual([2]);
    expect(match("三、本年度办理结果 （三）不予公开 4.保护第三方合法权益")?.rows).toEqual([2]);
  });

  test("`,` or `，` printed for `、`", () => {
    expect(match("1,申请人无正当理由逾期不补正，行政机关不再处理其政府信息公开申请")?.rows).toEqual([3]);
  });

  test("no numbering, or another number", () => {
    expect(match("予以公开")).toEqual({ rows: [0], level: MATCH.unnumbered });
    expect(match("2.保护第三方合法权益")).toEqual({ rows: [2], level: MATCH.unnumbered });
  });

  test("one character misread, on labels long enough to tell", () => {
    expect(match("4.保护第三方合法杈益")).toEqual({ rows: [2], level: MATCH.slip });
    expect(match("予以公幵")).toBeNull();
    expect(match("4.保护第三方非法杈益")).toBeNull();
  });

  test("a column header or a group label is never taken for a row", () => {
    expect(match("其他")).toBeNull();
    expect(match("三、本年度办理结果")).toBeNull();
    expect(match("3.其他")?.rows).toEqual([4]);
  });

  test("a loose reading that fits two rows names both (the reader reports it)", () => {
    const twins = rowIdentities([["1.重复申请事项"], ["2.重复申请事顶"]], [], new Set());
    expect(twins.match(labelKey("重复申请事項"))).toEqual({ rows: [0, 1], level: MATCH.slip });
    expect(twins.match(labelKey("1.重复申请事项"))).toEqual({ rows: [0], level: MATCH.exact });
  });

  test("the start of a label that wraps, and the text that completes it", () => {
    expect(ids.startsLabel(labelKey("1.申请人无正当理由逾期不补"))).toEqual([3]);
    expect(ids.startsLabel(labelKey("1.申"))).toEqual([]);
    expect(
      ids.completes(labelKey("1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请"), 3),
    ).toBe(true);
  });
});
