import { compareFilingUnits, KIND_GROUP, kindGroupOf, type KindGroup } from "@/lib/places/filing-unit-kinds";

/** Said beside a retired filing unit whose reports stay public. */
export const RETIRED_LABEL = "已撤并/停用";

interface KindSection<T> {
  group: KindGroup;
  /** 本级政府年报 · 乡镇（街道）年报 · 部门年报 */
  heading: string;
  /** The group's short name (本级 · 乡镇（街道）· 部门), for a select's optgroup or a count. */
  label: string;
  items: T[];
}

/**
 * Items grouped as county portals list reports: the county government's own,
 * then townships and streets, then departments, by code within; empty groups
 * are left out.
 */
export function groupByKind<T>(
  items: readonly T[],
  unitOf: (item: T) => { kind: string; code: string },
): KindSection<T>[] {
  const sorted = [...items].sort((a, b) => compareFilingUnits(unitOf(a), unitOf(b)));
  const sections: KindSection<T>[] = [];
  for (const item of sorted) {
    const group = kindGroupOf(unitOf(item).kind);
    let section = sections.at(-1);
    if (section?.group !== group) {
      section = {
        group,
        heading: KIND_GROUP[group].publicHeading,
        label: KIND_GROUP[group].label,
        items: [],
      };
      sections.push(section);
    }
    section.items.push(item);
  }
  return sections;
}
