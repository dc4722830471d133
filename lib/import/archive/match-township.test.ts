import { describe, expect, it } from "vitest";
import { matchTownship, normaliseOrgan, type TownshipName } from "./match-township";

const townships: TownshipName[] = [
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

describe("matchTownship", () => {
  it("matches the organ name or the township name exactly first", () => {
    expect(matchTownship("吉县屯里镇人民政府", townships)).toEqual({ kind: "exact", townshipId: "tunli" });
    expect(matchTownship("屯里镇", townships)).toEqual({ kind: "exact", townshipId: "tunli" });
  });

  it("matches the normalised place name: abbreviations, suffixes, the county before it", () => {
    expect(matchTownship("金盆乡", townships)).toEqual({ kind: "normalised", townshipId: "jinpen" });
    expect(matchTownship("屯里镇人民政府", townships)).toEqual({ kind: "normalised", townshipId: "tunli" });
    expect(matchTownship("山西省临汾市吉县屯里镇人民政府", townships)).toEqual({
      kind: "normalised",
      townshipId: "tunli",
    });
    expect(matchTownship("城关街道办事处", townships)).toEqual({
      kind: "normalised",
      townshipId: "chengguan",
    });
  });

  it("does not take a longer place ending in the same characters", () => {
    expect(matchTownship("新屯里镇人民政府", townships)).toEqual({ kind: "none" });
  });

  it("reports two candidates as ambiguous, and no organ or an unknown one as unmatched", () => {
    const twins: TownshipName[] = [
      { id: "a", name: "金盆苗族乡", organName: "金盆苗族乡人民政府" },
      { id: "b", name: "金盆彝族乡", organName: "金盆彝族乡人民政府" },
    ];
    expect(matchTownship("金盆乡", twins)).toEqual({ kind: "ambiguous", candidates: ["a", "b"] });
    expect(matchTownship(null, townships)).toEqual({ kind: "none" });
    expect(matchTownship("吉县人民政府办公室", townships)).toEqual({ kind: "none" });
  });
});
