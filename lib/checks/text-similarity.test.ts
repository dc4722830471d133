import { describe, expect, test } from "vitest";
import { comparableLength, textSimilarity } from "./text-similarity";

describe("textSimilarity", () => {
  test("is 1 for the same wording, whatever the years, figures and punctuation", () => {
    expect(textSimilarity("2020年，我镇公开信息25条。", "2021年,我镇公开信息31条")).toBe(1);
  });

  test("is 0 for texts without a shared bigram and for empty texts", () => {
    expect(textSimilarity("主动公开", "监督保障")).toBe(0);
    expect(textSimilarity("", "")).toBe(0);
  });

  test("is the Dice coefficient of character bigrams", () => {
    // 甲乙丙 → {甲乙, 乙丙}; 甲乙丁 → {甲乙, 乙丁}: 2·1 / (2 + 2)
    expect(textSimilarity("甲乙丙", "甲乙丁")).toBe(0.5);
    expect(textSimilarity("甲乙甲乙", "甲乙")).toBeCloseTo((2 * 1) / (3 + 1));
  });

  test("counts letters only", () => {
    expect(comparableLength("2021年，公开 12 条。")).toBe(4);
  });
});
