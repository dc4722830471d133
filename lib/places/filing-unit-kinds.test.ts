import { describe, expect, test } from "vitest";
import {
  compareFilingUnits,
  FILING_UNIT_KINDS,
  kindGroupOf,
  kindLabel,
  kindOf,
  organLevelOf,
} from "./filing-unit-kinds";

describe("filing unit kinds", () => {
  test("each kind has its label, organ level and portal group", () => {
    expect(FILING_UNIT_KINDS.map((k) => [kindLabel(k), organLevelOf(k), kindGroupOf(k)])).toEqual([
      ["乡镇", "township", "local"],
      ["街道", "street", "local"],
      ["县直部门", "department", "department"],
      ["县人民政府（本级）", "county", "government"],
    ]);
  });

  test("rows written before kinds existed, or with an unknown kind, read as townships", () => {
    expect(kindOf(null)).toBe("township");
    expect(kindOf("village")).toBe("township");
    expect(kindOf("department")).toBe("department");
  });

  test("lists the county government first, then townships and streets, then departments, by code within", () => {
    const units = [
      { kind: "department", code: "fagai" },
      { kind: "township", code: "tunli" },
      { kind: "government", code: "zhengfu" },
      { kind: "street", code: "chengqu" },
      { kind: "township", code: "hukou" },
    ];
    expect(units.sort(compareFilingUnits).map((u) => u.code)).toEqual([
      "zhengfu",
      "chengqu",
      "hukou",
      "tunli",
      "fagai",
    ]);
  });
});
