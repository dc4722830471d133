import { describe, expect, it } from "vitest";
import { matchFilingUnit, normaliseOrgan, type FilingUnitName } from "./match-filing-unit";

const filingUnits: FilingUnitName[] = [
  { id: "tunli", name: "屯里镇", organName: "吉县屯里镇人民政府" },
  { id: "jinpen", name: "金盆苗族彝族乡", organName: "金盆苗族彝族乡人民政府" },
  { id: "chengguan", name: "城关街道", organName: "吉县城关街道办事处" },
];

describe("normaliseOrgan", () => {
  it("drops the government suffix, ethnic designations and spaces", () => {
    expect(normaliseOrgan("金盆苗族彝族乡人民政府")).toBe("金盆乡");
    expect(normaliseOrgan("吉县 屯里镇政府")).toBe("吉县屯里镇");
    expect(normaliseOrgan("城关街道办事处")).toBe("城关街道");
    expect(normaliseOrgan("某某蒙古族乡")).toBe("某某乡");
  });

  it("keeps a name that only looks like an ethnic group inside the place name", () => {
    expect(normaliseOrgan("白鹤镇人民政府")).toBe("白鹤镇");
    expect(normaliseOrgan("水田乡")).toBe("水田乡");
  });
});

describe("matchFilingUnit", () => {
  it("matches the organ name or the filing unit name exactly first", () => {
    expect(matchFilingUnit("吉县屯里镇人民政府", filingUnits)).toEqual({
      kind: "exact",
      filingUnitId: "tunli",
    });
    expect(matchFilingUnit("屯里镇", filingUnits)).toEqual({ kind: "exact", filingUnitId: "tunli" });
  });

  it("matches the normalised place name: abbreviations, suffixes, the county before it", () => {
    expect(matchFilingUnit("金盆乡", filingUnits)).toEqual({ kind: "normalised", filingUnitId: "jinpen" });
    expect(matchFilingUnit("屯里镇人民政府", filingUnits)).toEqual({
      kind: "normalised",
      filingUnitId: "tunli",
    });
    expect(matchFilingUnit("山西省临汾市吉县屯里镇人民政府", filingUnits)).toEqual({
      kind: "normalised",
      filingUnitId: "tunli",
    });
    expect(matchFilingUnit("城关街道办事处", filingUnits)).toEqual({
      kind: "normalised",
      filingUnitId: "chengguan",
    });
  });

  it("does not take a longer place ending in the same characters", () => {
    expect(matchFilingUnit("新屯里镇人民政府", filingUnits)).toEqual({ kind: "none" });
  });

  it("reports two candidates as ambiguous, and no organ or an unknown one as unmatched", () => {
    const twins: FilingUnitName[] = [
      { id: "a", name: "金盆苗族乡", organName: "金盆苗族乡人民政府" },
      { id: "b", name: "金盆彝族乡", organName: "金盆彝族乡人民政府" },
    ];
    expect(matchFilingUnit("金盆乡", twins)).toEqual({ kind: "ambiguous", candidates: ["a", "b"] });
    expect(matchFilingUnit(null, filingUnits)).toEqual({ kind: "none" });
    expect(matchFilingUnit("吉县人民政府办公室", filingUnits)).toEqual({ kind: "none" });
  });
});
