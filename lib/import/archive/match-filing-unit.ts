/** A filing unit (or other filing unit) of the county, as the matcher needs it. */
export interface FilingUnitName {
  id: string;
  name: string;
  /** Full organ name as printed on reports, e.g. 吉县屯里镇人民政府. */
  organName: string;
}

export type FilingUnitMatch =
  | { kind: "exact" | "normalised"; filingUnitId: string }
  | { kind: "ambiguous"; candidates: string[] }
  | { kind: "none" };

// The 55 ethnic minorities, as named in autonomous filing units (金盆苗族彝族乡 is filed as 金盆乡).
const ETHNIC_GROUPS =
  "蒙古|回|藏|维吾尔|苗|彝|壮|布依|朝鲜|满|侗|瑶|白|土家|哈尼|哈萨克|傣|黎|傈僳|佤|畲|高山|拉祜|水|东乡|纳西|景颇|柯尔克孜|土|达斡尔|仫佬|羌|布朗|撒拉|毛南|仡佬|锡伯|阿昌|普米|塔吉克|怒|乌孜别克|俄罗斯|鄂温克|德昂|保安|裕固|京|塔塔尔|独龙|鄂伦春|赫哲|门巴|珞巴|基诺";
const ETHNIC_FILING_UNIT = new RegExp(`(?:(?:${ETHNIC_GROUPS})族)+(?=(?:民族)?[乡镇苏木]$)`);
// What follows the place name in an organ's title.
const GOVERNMENT_SUFFIX = /(?:人民政府|政府|办事处|公所)$/;
// A place prefix before a filing unit: province, city, prefecture, county, district, banner.
const PLACE_PREFIX = /[省市州盟县区旗]$/;

/** The place a filing unit or organ name stands for: 金盆苗族彝族乡人民政府 → 金盆乡. */
export function normaliseOrgan(text: string): string {
  return text
    .normalize("NFKC")
    .replace(/[\s\u3000]+/g, "")
    .replace(GOVERNMENT_SUFFIX, "")
    .replace(ETHNIC_FILING_UNIT, "");
}

/** Does the organ name this place, alone or after its province/city/county (吉县屯里镇 for 屯里镇)? */
function namesPlace(organ: string, place: string): boolean {
  if (place === "" || !organ.endsWith(place)) return false;
  const prefix = organ.slice(0, organ.length - place.length);
  return prefix === "" || PLACE_PREFIX.test(prefix);
}

function only(ids: readonly string[]): FilingUnitMatch | null {
  const unique = [...new Set(ids)];
  if (unique.length === 1) return { kind: "exact", filingUnitId: unique[0] ?? "" };
  return unique.length > 1 ? { kind: "ambiguous", candidates: unique } : null;
}

/**
 * The filing unit a report's organ belongs to: first an exact organ or filing unit
 * name, then the normalised place name (suffixes, ethnic designations and the
 * county before it dropped). Two candidates at the same step are ambiguous:
 * the admin chooses, nothing is guessed.
 */
export function matchFilingUnit(
  organ: string | null,
  filingUnits: readonly FilingUnitName[],
): FilingUnitMatch {
  if (!organ) return { kind: "none" };
  const text = organ.normalize("NFKC").replace(/[\s\u3000]+/g, "");
  const exact = only(filingUnits.filter((t) => t.organName === text || t.name === text).map((t) => t.id));
  if (exact) return exact;
  const place = normaliseOrgan(text);
  const normalised = only(
    filingUnits
      .filter(
        (t) => namesPlace(place, normaliseOrgan(t.name)) || namesPlace(place, normaliseOrgan(t.organName)),
      )
      .map((t) => t.id),
  );
  if (!normalised) return { kind: "none" };
  return normalised.kind === "exact"
    ? { kind: "normalised", filingUnitId: normalised.filingUnitId }
    : normalised;
}
