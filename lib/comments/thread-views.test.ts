import { describe, expect, it } from "vitest";
import { getFormat } from "@/lib/format";
import { commentTargetLabel, isCommentTarget, rowTargets, sectionOfCommentTarget } from "./comment-targets";
import { canResolveThread, threadViews } from "./thread-views";

const format = getFormat("gov-2021");

describe("canResolveThread", () => {
  it("leaves a reviewer's comment to the county side", () => {
    expect(canResolveThread("clerk", "reviewer")).toBe(false);
    expect(canResolveThread("clerk", "admin")).toBe(false);
    expect(canResolveThread("reviewer", "reviewer")).toBe(true);
    expect(canResolveThread("admin", "reviewer")).toBe(true);
  });
  it("lets either side resolve a clerk's comment", () => {
    expect(canResolveThread("clerk", "clerk")).toBe(true);
    expect(canResolveThread("reviewer", "clerk")).toBe(true);
  });
});

describe("comment targets", () => {
  it("anchors on sections, labelled table rows and cells, nothing else", () => {
    expect(isCommentTarget(format, "s5")).toBe(true);
    expect(isCommentTarget(format, "T3.r01")).toBe(true);
    expect(isCommentTarget(format, "T2.rules")).toBe(true);
    expect(isCommentTarget(format, "T3.r01.c1")).toBe(true);
    expect(isCommentTarget(format, "T4.c1")).toBe(true);
    expect(isCommentTarget(format, "T3.r99")).toBe(false);
    expect(isCommentTarget(format, "s9")).toBe(false);
  });
  it("names every row by its label and knows its section", () => {
    const rows = rowTargets(format);
    // T3 of 2021: every one of its 25 rows has a label of its own.
    expect([...rows.values()].filter((r) => r.sectionId === "s3")).toHaveLength(25);
    expect(commentTargetLabel(format, "T3.r01")).toBe("一、本年新收政府信息公开申请数量（整行）");
    expect(sectionOfCommentTarget(format, "T3.r01")).toBe("s3");
    expect(sectionOfCommentTarget(format, "T4.c1")).toBe("s4");
    expect(commentTargetLabel(format, null)).toBe("整份报告");
  });
  it("builds views with the viewer's resolve right", () => {
    const thread = {
      id: "a",
      target: "T3.r01.c1",
      status: "open" as const,
      createdAt: new Date(0),
      resolvedAt: null,
      messages: [
        { id: "a", body: "请核实", authorName: "审核人", authorRole: "reviewer", createdAt: new Date(0) },
      ],
    };
    const [view] = threadViews(format, [thread], "clerk");
    expect(view).toMatchObject({ targetLabel: "一、本年新收政府信息公开申请数量·自然人", canResolve: false });
  });
});
