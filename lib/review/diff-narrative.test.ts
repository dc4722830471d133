import { describe, expect, it } from "vitest";
import { diffNarrative } from "./diff-narrative";

const joined = (parts: ReturnType<typeof diffNarrative>, keep: "added" | "removed") =>
  parts
    .filter((p) => p.change === "same" || p.change === keep)
    .map((p) => p.text)
    .join("");

describe("diffNarrative", () => {
  it("marks whole Chinese words, not the whole sentence or single characters", () => {
    const parts = diffNarrative("本机关认真贯彻落实《条例》。", "本机关全面贯彻落实《条例》。");
    expect(parts.filter((p) => p.change !== "same")).toEqual([
      { text: "认真", change: "removed" },
      { text: "全面", change: "added" },
    ]);
  });

  it("keeps every character of both texts", () => {
    const before = "主动公开政府信息1234条，其中规范性文件3件。";
    const after = "主动公开政府信息1240条，其中规范性文件3件，另有政策解读5篇。";
    const parts = diffNarrative(before, after);
    expect(joined(parts, "added")).toBe(after);
    expect(joined(parts, "removed")).toBe(before);
    expect(parts).toContainEqual({ text: "1234", change: "removed" });
    expect(parts).toContainEqual({ text: "1240", change: "added" });
  });

  it("gives one unchanged part for equal texts and one added part for a new text", () => {
    expect(diffNarrative("同一段文字。", "同一段文字。")).toEqual([{ text: "同一段文字。", change: "same" }]);
    expect(diffNarrative("", "新写的一段。")).toEqual([{ text: "新写的一段。", change: "added" }]);
  });
});
