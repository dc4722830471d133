import { describe, expect, it } from "vitest";
import { ACTION_REGISTRY } from "./registry";

describe("the action registry", () => {
  it("names each action once", () => {
    const names = ACTION_REGISTRY.map((a) => a.name);
    expect(new Set(names).size).toBe(names.length);
  });

  it("declares where every non-self action acts", () => {
    for (const a of ACTION_REGISTRY) if (a.need !== "self") expect(a.place, a.name).toBeTypeOf("function");
  });
});
