import { FILING_UNIT_KINDS, kindOf, kindLabel, type FilingUnitKind } from "./filing-unit-kinds";

interface Unit {
  id: string;
  name: string;
  kind: string;
  retiredAt: Date | null;
}

/** A county's units by kind (乡镇, 街道, 县直部门, 县人民政府（本级）), kinds without units left out. */
export function groupByKind<U extends { kind: string }>(
  units: readonly U[],
): { kind: FilingUnitKind; units: U[] }[] {
  return FILING_UNIT_KINDS.map((kind) => ({
    kind,
    units: units.filter((u) => kindOf(u.kind) === kind),
  })).filter((group) => group.units.length > 0);
}

export interface OptionGroup {
  label: string;
  options: { value: string; label: string }[];
}

/**
 * The units a clerk can be assigned to or a report imported into, for a
 * select: one group per county and kind ("吉县 · 县直部门"), each option named
 * with its county ("吉县 · 发展和改革局"). Retired units are not offered.
 */
export function unitOptionGroups(
  counties: readonly { name: string; filingUnits: readonly Unit[] }[],
): OptionGroup[] {
  return counties.flatMap((county) =>
    groupByKind(county.filingUnits.filter((u) => u.retiredAt === null)).map(({ kind, units }) => ({
      label: `${county.name} · ${kindLabel(kind)}`,
      options: units.map((u) => ({ value: u.id, label: `${county.name} · ${u.name}` })),
    })),
  );
}
