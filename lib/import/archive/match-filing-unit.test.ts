import { describe, expect, it } from "vitest";
import { matchFilingUnit, normaliseOrgan, type FilingUnitName } from "./match-filing-unit";

const filingUnits: FilingUnitName[] = [
  { id: "tunli", name: "屯里镇", organName: "吉县屯里镇人民政府", kind: "township" },
  { id: "jinpen", name: "金盆苗族彝族乡", organName: "金盆苗族彝族乡人民政府", kind: "township" },
  { id: "chengguan", name: "城关街道", organName: "吉县城关街道办事处", kind: "street" },
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
      { id: "a", name: "金盆苗族乡", organName: "金盆苗族乡人民政府", kind: "township" },
      { id: "b", name: "金盆彝族乡", organName: "金盆彝族乡人民政府", kind: "township" },
    ];
    expect(matchFilingUnit("金盆乡", twins)).toEqual({ kind: "ambiguous", candidates: ["a", "b"] });
    expect(matchFilingUnit(null, filingUnits)).toEqual({ kind: "none" });
    expect(matchFilingUnit("吉县人民政府办公室", filingUnits)).toEqual({ kind: "none" });
  });
});

describe("matchFilingUnit for every kind of unit", () => {
  const county: FilingUnitName[] = [
    { id: "tunli", name: "屯里镇", organName: "吉县屯里镇人民政府", kind: "township" },
    { id: "jichang", name: "吉昌镇", organName: "吉县吉昌镇人民政府", kind: "township" },
    { id: "jichang-street", name: "吉昌街道", organName: "吉县吉昌街道办事处", kind: "street" },
    { id: "fgj", name: "发展和改革局", organName: "吉县发展和改革局", kind: "department" },
    { id: "zrzy", name: "县自然资源局", organName: "吉县自然资源局", kind: "department" },
    { id: "ghzrzy", name: "规划和自然资源局", organName: "吉县规划和自然资源局", kind: "department" },
    { id: "scj", name: "市场监督管理局", organName: "吉县市场监督管理局", kind: "department" },
    { id: "zfb", name: "县政府办公室", organName: "吉县人民政府办公室", kind: "department" },
    { id: "gov", name: "县人民政府（本级）", organName: "吉县人民政府", kind: "government" },
  ];
  const match = (organ: string) => matchFilingUnit(organ, county);

  it("matches a department by its organ name, with or without the county", () => {
    expect(match("吉县发展和改革局")).toEqual({ kind: "exact", filingUnitId: "fgj" });
    expect(match("发展和改革局")).toEqual({ kind: "exact", filingUnitId: "fgj" });
    expect(match("山西省临汾市吉县发展和改革局")).toEqual({ kind: "normalised", filingUnitId: "fgj" });
    expect(match("县发展和改革局")).toEqual({ kind: "normalised", filingUnitId: "fgj" });
  });

  it("reads a lone 县 as this county: 县自然资源局 is 吉县自然资源局, not 规划和自然资源局", () => {
    expect(match("县自然资源局")).toEqual({ kind: "exact", filingUnitId: "zrzy" });
    expect(match("吉县自然资源局")).toEqual({ kind: "exact", filingUnitId: "zrzy" });
    expect(match("自然资源局")).toEqual({ kind: "normalised", filingUnitId: "zrzy" });
    expect(match("吉县规划和自然资源局")).toEqual({ kind: "exact", filingUnitId: "ghzrzy" });
    expect(match("县规划和自然资源局")).toEqual({ kind: "normalised", filingUnitId: "ghzrzy" });
  });

  it("keeps 市 in 市场监督管理局, and the county government apart from its office", () => {
    expect(match("吉县市场监督管理局")).toEqual({ kind: "exact", filingUnitId: "scj" });
    expect(match("县市场监督管理局")).toEqual({ kind: "normalised", filingUnitId: "scj" });
    expect(match("吉县人民政府办公室")).toEqual({ kind: "exact", filingUnitId: "zfb" });
    expect(match("吉县人民政府")).toEqual({ kind: "exact", filingUnitId: "gov" });
    expect(match("临汾市吉县人民政府")).toEqual({ kind: "normalised", filingUnitId: "gov" });
    expect(match("县人民政府")).toEqual({ kind: "normalised", filingUnitId: "gov" });
  });

  it("tells a street office from the township of the same name", () => {
    expect(match("吉县吉昌街道办事处")).toEqual({ kind: "exact", filingUnitId: "jichang-street" });
    expect(match("吉昌街道办事处")).toEqual({ kind: "normalised", filingUnitId: "jichang-street" });
    expect(match("吉昌街道办")).toEqual({ kind: "normalised", filingUnitId: "jichang-street" });
    expect(match("吉昌镇人民政府")).toEqual({ kind: "normalised", filingUnitId: "jichang" });
    expect(match("屯里镇")).toEqual({ kind: "exact", filingUnitId: "tunli" });
  });

  it("proposes a department from its short form, and takes no department for another", () => {
    expect(match("县发改局")).toEqual({ kind: "abbreviated", filingUnitId: "fgj" });
    expect(match("吉县发改局")).toEqual({ kind: "abbreviated", filingUnitId: "fgj" });
    expect(match("县市场监管局")).toEqual({ kind: "abbreviated", filingUnitId: "scj" });
    expect(match("临汾市吉县发改局")).toEqual({ kind: "abbreviated", filingUnitId: "fgj" });
    expect(match("韩城市发改局")).toEqual({ kind: "abbreviated", filingUnitId: "fgj" });
    expect(match("吉县教育局")).toEqual({ kind: "none" });
    expect(match("吉县资源局")).toEqual({ kind: "none" });
    expect(match("发改镇")).toEqual({ kind: "none" });
  });

  it("leaves a short form that fits two departments to the admin", () => {
    const twins: FilingUnitName[] = [
      ...county,
      { id: "fgw", name: "发展改革委员会", organName: "吉县发展改革委员会", kind: "department" },
      { id: "fgj2", name: "发展和改革委员会", organName: "吉县发展和改革委员会", kind: "department" },
    ];
    expect(matchFilingUnit("县发改委", twins)).toEqual({ kind: "ambiguous", candidates: ["fgw", "fgj2"] });
  });
});
