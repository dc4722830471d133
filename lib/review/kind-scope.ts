import {
  FILING_UNIT_KIND,
  FILING_UNIT_KINDS,
  KIND_GROUP,
  kindGroupOf,
  type FilingUnitKind,
  type KindGroup,
} from "@/lib/places/filing-unit-kinds";

/**
 * The dashboard and the county summary look at every filing unit of a county
 * or at one group of them (乡镇（街道）· 部门 · 本级); `null` means every unit.
 */
export type KindScope = KindGroup | null;

/** Whether a unit of `kind` is inside the scope. */
export function inScope(kind: string, scope: KindScope): boolean {
  return scope === null || kindGroupOf(kind) === scope;
}

/** The stored kinds a group holds (乡镇（街道）: townships and streets), for a database filter. */
export function kindsOfGroup(group: KindGroup): FilingUnitKind[] {
  return FILING_UNIT_KINDS.filter((kind) => FILING_UNIT_KIND[kind].group === group);
}

export interface ScopeNames {
  /** What the scope is, short: 全部单位, 部门. */
  short: string;
  /** The summary's title: 全县汇总（全部单位）, 乡镇（街道）汇总. */
  summary: string;
  /** The total row or column: 全县合计, 部门合计. */
  total: string;
}

export function scopeNames(scope: KindScope): ScopeNames {
  if (scope === null) return { short: "全部单位", summary: "全县汇总（全部单位）", total: "全县合计" };
  const label = KIND_GROUP[scope].label;
  return { short: label, summary: `${label}汇总`, total: `${label}合计` };
}
