import { describe, expect, test } from "vitest";
import { getFormat } from "@/lib/format";
import { splitSections, withinOneEdit } from "./split-sections";
import { tokenizeText } from "./tokenize-text";

const HEADINGS = getFormat("gov-2021").sections;

function found(text: string): Record<string, number> {
  const spans = splitSections(tokenizeText(text), HEADINGS);
  return Object.fromEntries([...spans.values()].map((span) => [span.id, span.heading]));
}

describe("splitSections", () => {
  test("accepts numbering and punctuation variants, in order", () => {
    expect(
      found(
        [
          "一.总体情况",
          "（二）主动公开政府信息情况",
          "三、收到和处理政府信息公开申请情况：",
          "4.政府信息公开行政复议和行政诉讼情况",
          "五、存在的主要问题及改进情况",
          "六，其他需要报告的事项",
        ].join("\n"),
      ),
    ).toEqual({ s1: 0, s2: 1, s3: 2, s4: 3, s5: 4, s6: 5 });
  });

  test("an s1 sub-heading naming section 二 under a smaller number is passed over for 二 under its own", () => {
    const text = [
      "一、总体情况",
      "（一）主动公开政府信息情况",
      "全年发布信息249条。",
      "二、主动公开政府信息情况",
      "三、收到和处理政府信息公开申请情况",
      "四、政府信息公开行政复议、行政诉讼情况",
      "五、存在的主要问题及改进情况",
      "六、其他需要报告的事项",
    ].join("\n");
    expect(found(text)).toEqual({ s1: 0, s2: 3, s3: 4, s4: 5, s5: 6, s6: 7 });
    // Without 二 under its own number, the smaller number still counts (tables renumbered).
    expect(found(text.replace("二、主动公开政府信息情况", "正文"))).toMatchObject({ s1: 0, s2: 1, s3: 4 });
  });

  test("a T3 row or an s1 sub-heading with the same number is not a heading", () => {
    expect(
      found("一、总体情况\n三、存在的问题\n四、结转下年度继续办理\n四、政府信息公开行政复议、行政诉讼情况"),
    ).toEqual({
      s1: 0,
      s4: 3,
    });
  });

  test("a narrative may start on its heading's line", () => {
    const spans = splitSections(
      tokenizeText("一、总体情况\n六、其他需要报告的事项：本年度未收取信息处理费。"),
      HEADINGS,
    );
    expect(spans.get("s6")).toMatchObject({ heading: 1, inline: "本年度未收取信息处理费。" });
    expect(found("一、总体情况\n二、其他需要报告的事项：无")).toEqual({ s1: 0 });
  });

  test("a heading with the wrong number is not taken; a long paragraph is text", () => {
    expect(found("二、总体情况\n一、总体情况是这样的，本年度我镇……（很长的一段话）")).toEqual({});
  });

  test("reworded headings from the definition, 第X部分, and numbering restarted for the tables", () => {
    expect(
      found(
        [
          "第一部分 总体情况",
          "一、主动公开政府信息情况",
          "二、收到和处理政府信息公开申请情况",
          "四、因政府信息公开工作被申请行政复议、提起行政诉讼情况",
          "五、政府信息公开工作存在的主要问题及改进情况",
          "六、其他需要报告的事项",
        ].join("\n"),
      ),
    ).toEqual({ s1: 0, s2: 1, s3: 2, s4: 3, s5: 4, s6: 5 });
    expect(found("一、总体情况\n五、存在的主要问题及整改措施")).toEqual({ s1: 0, s5: 1 });
    expect(found("一、总体情况\n五、存在的主要问题及改进措施")).toEqual({ s1: 0, s5: 1 });
  });

  test("a one-character typo in a long heading, under its own number only", () => {
    expect(found("一、总体情况\n四、政府信息公开行政法复议、行政诉讼情况")).toEqual({ s1: 0, s4: 1 });
    expect(found("一、总体情况\n三、政府信息公开行政法复议、行政诉讼情况")).toEqual({ s1: 0 });
    expect(withinOneEdit("行政复议", "行政法复议")).toBe(true);
    expect(withinOneEdit("行政复议", "行政复议")).toBe(true);
    expect(withinOneEdit("行政复议", "行政诉讼")).toBe(false);
  });
});
