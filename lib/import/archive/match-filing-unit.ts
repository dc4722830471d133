import type { FilingUnitKind } from "@/lib/places/filing-unit-kinds";
import { abbreviates } from "./abbreviated-organ";

/** A filing unit of the county, of any kind, as the matcher needs it. */
export interface FilingUnitName {
  id: string;
  name: string;
  /** Full organ name as printed on reports, e.g. 吉县屯里镇人民政府, 吉县发展和改革局. */
  organName: string;
  kind: FilingUnitKind;
}

export type FilingUnitMatch =
  | { kind: "exact" | "normalised"; filingUnitId: string }
  /** A department named by a short form (县发改局): proposed, for the admin to confirm. */
  | { kind: "abbreviated"; filingUnitId: string }
  | { kind: "ambiguous"; candidates: string[] }
  | { kind: "none" };

// The 55 ethnic minorities, as named in autonomous filing units (金盆苗族彝族乡 is filed as 金盆乡).
const ETHNIC_GROUPS =
  "蒙古|回|藏|维吾尔|苗|彝|壮|布依|朝鲜|满|侗|瑶|白|土家|哈尼|哈萨克|傣|黎|傈僳|佤|畲|高山|拉祜|水|东乡|纳西|景颇|柯尔克孜|土|达斡尔|仫佬|羌|布朗|撒拉|毛南|仡佬|锡伯|阿昌|普米|塔吉克|怒|乌孜别克|俄罗斯|鄂温克|德昂|保安|裕固|京|塔塔尔|独龙|鄂伦春|赫哲|门巴|珞巴|基诺";
const ETHNIC_FILING_UNIT = new RegExp(`(?:(?:${ETHNIC_GROUPS})族)+(?=(?:民族)?[乡镇苏木]$)`);
// What follows the place name in an organ's title.
const GOVERNMENT_SUFFIX = /(?:人民政府|政府|办事处|公所)$/;
// A street office is often written 街道办: 吉昌街道办 → 吉昌街道.
const STREET_OFFICE = /(?<=街道)办$/;
// A place prefix before a filing unit: province, city, prefecture, county, district, banner.
const PLACE_PREFIX = /[省市州盟县区旗]$/;
// A lone 县/区/旗 before a department means "this county's", as the county's own documents
// write it (县自然资源局 for 吉县自然资源局). 市 is left alone: 市场监督管理局 begins with it.
const OWN_COUNTY = /^[县区旗](?=.{2})/u;
// What is left of 县人民政府, 区政府, 旗人民政府: the county government itself.
const COUNTY_ITSELF = /^[县区旗市]$/;

/** The place a filing unit or organ name stands for: 金盆苗族彝族乡人民政府 → 金盆乡. */
export function normaliseOrgan(text: string): string {
  return text
    .normalize("NFKC")
    .replace(/[\s\u3000]+/g, "")
    .replace(GOVERNMENT_SUFFIX, "")
    .replace(STREET_OFFICE, "")
    .replace(ETHNIC_FILING_UNIT, "");
}

/** Does the longer name this place, alone or after its province/city/county (吉县屯里镇 for 屯里镇)? */
function endsWithPlace(longer: string, place: string): boolean {
  if (place === "" || !longer.endsWith(place)) return false;
  const prefix = longer.slice(0, longer.length - place.length);
  return prefix === "" || PLACE_PREFIX.test(prefix);
}

/**
 * Do an organ and a unit's name stand for the same body? Either may carry
 * the county before it (吉县自然资源局 and 自然资源局, 屯里镇 and 吉县屯里镇),
 * or write the county as a lone 县 (县自然资源局).
 */
function samePlace(organ: string, unit: string): boolean {
  const a = organ.replace(OWN_COUNTY, "");
  const b = unit.replace(OWN_COUNTY, "");
  return endsWithPlace(a, b) || endsWithPlace(b, a);
}

// Everything up to the county (临汾市吉县发改局 → 发改局), or a county-level city before a
// department (韩城市发改局); 市 at the start is the department's own (市场监督管理局).
const UP_TO_COUNTY = /^.*[县区旗]/u;
const COUNTY_LEVEL_CITY = /^.{2,}?市(?=.{2})/u;

function placeFree(name: string): string {
  return name.replace(UP_TO_COUNTY, "").replace(COUNTY_LEVEL_CITY, "");
}

function abbreviatesUnit(organ: string, unit: FilingUnitName): boolean {
  if (unit.kind !== "department") return false;
  const short = placeFree(organ);
  return [unit.name, unit.organName].some((name) => abbreviates(short, placeFree(normaliseOrgan(name))));
}

function only(ids: readonly string[]): FilingUnitMatch | null {
  const unique = [...new Set(ids)];
  if (unique.length === 1) return { kind: "exact", filingUnitId: unique[0] ?? "" };
  return unique.length > 1 ? { kind: "ambiguous", candidates: unique } : null;
}

/**
 * The filing unit a report's organ belongs to, of any kind: first an exact
 * organ or unit name, then the normalised name (suffixes, ethnic designations
 * and the county before it dropped; 县人民政府 is the county government's own
 * unit), last a department's short form (县发改局), which is only proposed.
 * Two candidates at the same step are ambiguous: the admin chooses, nothing
 * is guessed.
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
      .filter((t) =>
        COUNTY_ITSELF.test(place)
          ? t.kind === "government"
          : samePlace(place, normaliseOrgan(t.name)) || samePlace(place, normaliseOrgan(t.organName)),
      )
      .map((t) => t.id),
  );
  if (normalised) {
    return normalised.kind === "exact"
      ? { kind: "normalised", filingUnitId: normalised.filingUnitId }
      : normalised;
  }
  const abbreviated = only(filingUnits.filter((t) => abbreviatesUnit(place, t)).map((t) => t.id));
  if (!abbreviated) return { kind: "none" };
  return abbreviated.kind === "exact"
    ? { kind: "abbreviated", filingUnitId: abbreviated.filingUnitId }
    : abbreviated;
}
