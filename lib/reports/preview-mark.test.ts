import { describe, expect, it } from "vitest";
import { REPORT_STATUSES } from "@/lib/workflow/status";
import { previewMark } from "./preview-mark";

describe("previewMark", () => {
  it("marks a draft as 草稿（未公开）", () => {
    expect(previewMark("draft")).toBe("草稿（未公开）");
  });

  it("names the state of every report the public cannot see, and nothing once published", () => {
    expect(previewMark("submitted")).toBe("已提交待审（未公开）");
    expect(previewMark("returned")).toBe("已退回（未公开）");
    expect(previewMark("approved")).toBe("已通过（未公开）");
    expect(previewMark("correcting")).toBe("更正中（未公开）");
    expect(previewMark("published")).toBeUndefined();
    for (const status of REPORT_STATUSES.filter((s) => s !== "published"))
      expect(previewMark(status)).toMatch(/（未公开）$/);
  });
});
