import { describe, expect, it } from "vitest";
import { findingValueText } from "./finding-values";

describe("findingValueText", () => {
  it("compares the reported value with the expected one", () => {
    expect(findingValueText({ reported: 3, computed: 5 })).toBe("填报值 3，应为 5");
    expect(findingValueText({ reported: null, computed: 5 })).toBe("填报值 空，应为 5");
  });

  it("names only the reported value when the rule expects none in particular", () => {
    expect(findingValueText({ reported: -3 })).toBe("填报值 -3");
  });

  it("says nothing when the finding carries no value", () => {
    expect(findingValueText({})).toBeNull();
    expect(findingValueText({ computed: 5 })).toBeNull();
  });
});
