import { describe, expect, it } from "vitest";
import { abbreviates } from "./abbreviated-organ";

describe("abbreviates", () => {
  it("reads the usual short forms of county departments", () => {
    const pairs: [string, string][] = [
      ["发改局", "发展和改革局"],
      ["人社局", "人力资源和社会保障局"],
      ["卫健委", "卫生健康委员会"],
      ["住建局", "住房和城乡建设局"],
      ["市场监管局", "市场监督管理局"],
      ["医保局", "医疗保障局"],
      ["文旅局", "文化和旅游局"],
      ["政府办", "政府办公室"],
    ];
    for (const [short, full] of pairs) expect(abbreviates(short, full), short).toBe(true);
  });

  it("wants the same first character, the characters in order and the same kind of body", () => {
    expect(abbreviates("资源局", "自然资源局")).toBe(false);
    expect(abbreviates("改发局", "发展和改革局")).toBe(false);
    expect(abbreviates("发改委", "发展和改革局")).toBe(false);
    expect(abbreviates("发改局", "发展和改革委员会")).toBe(false);
  });

  it("is not the same name, nor a one-character stem", () => {
    expect(abbreviates("财政局", "财政局")).toBe(false);
    expect(abbreviates("财局", "财政局")).toBe(false);
    expect(abbreviates("发改镇", "发展和改革镇")).toBe(false);
  });
});
