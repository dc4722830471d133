import { describe, expect, it } from "vitest";
import { KIND_GROUPS } from "@/lib/places/filing-unit-kinds";
import { inScope, kindsOfGroup, scopeNames } from "./kind-scope";

describe("kind scope", () => {
  it("puts every kind in exactly one group; 乡镇（街道） holds townships and streets", () => {
    expect(kindsOfGroup("local")).toEqual(["township", "street"]);
    expect(kindsOfGroup("department")).toEqual(["department"]);
    expect(kindsOfGroup("government")).toEqual(["government"]);
    expect(KIND_GROUPS.flatMap(kindsOfGroup).sort()).toEqual([
      "department",
      "government",
      "street",
      "township",
    ]);
  });

  it("reads a unit into a scope; all units are in the county scope, rows without a kind are townships", () => {
    expect(inScope("street", "local")).toBe(true);
    expect(inScope("street", "department")).toBe(false);
    expect(inScope("government", null)).toBe(true);
    expect(inScope("", "local")).toBe(true);
  });

  it("names the scope for headings and totals", () => {
    expect(scopeNames(null)).toEqual({
      short: "全部单位",
      summary: "全县汇总（全部单位）",
      total: "全县合计",
    });
    expect(scopeNames("local")).toEqual({
      short: "乡镇（街道）",
      summary: "乡镇（街道）汇总",
      total: "乡镇（街道）合计",
    });
    expect(scopeNames("department").summary).toBe("部门汇总");
  });
});
