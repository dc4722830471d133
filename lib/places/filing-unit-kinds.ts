import type { OrganLevel } from "@/lib/format/types";

/**
 * The kinds of filer a county office collects reports from. Pure data, shared
 * by the server and the browser: labels, the organ level that content checks
 * read, and the three groups county portals list reports under.
 */
export const FILING_UNIT_KINDS = ["township", "street", "department", "government"] as const;
export type FilingUnitKind = (typeof FILING_UNIT_KINDS)[number];

export const KIND_GROUPS = ["local", "department", "government"] as const;
export type KindGroup = (typeof KIND_GROUPS)[number];

interface KindDef {
  /** Short name, as in a filter or a table column. */
  label: string;
  /** Who the content rules treat the filer as (T2-03, S-03, T2-05). */
  organLevel: OrganLevel;
  group: KindGroup;
  /** Example organ name, for the admin form's hint. */
  organExample: string;
}

export const FILING_UNIT_KIND: Record<FilingUnitKind, KindDef> = {
  township: { label: "乡镇", organLevel: "township", group: "local", organExample: "吉县屯里镇人民政府" },
  street: { label: "街道", organLevel: "street", group: "local", organExample: "吉县吉昌街道办事处" },
  department: {
    label: "县直部门",
    organLevel: "department",
    group: "department",
    organExample: "吉县发展和改革局",
  },
  government: {
    label: "县人民政府（本级）",
    organLevel: "county",
    group: "government",
    organExample: "吉县人民政府",
  },
};

export const KIND_GROUP: Record<KindGroup, { label: string; publicHeading: string }> = {
  local: { label: "乡镇（街道）", publicHeading: "乡镇（街道）年报" },
  department: { label: "部门", publicHeading: "部门年报" },
  government: { label: "本级", publicHeading: "本级政府年报" },
};

export function isFilingUnitKind(value: string): value is FilingUnitKind {
  return (FILING_UNIT_KINDS as readonly string[]).includes(value);
}

/** A stored kind; rows written before kinds existed are townships. */
export function kindOf(value: string | null | undefined): FilingUnitKind {
  return value && isFilingUnitKind(value) ? value : "township";
}

export function kindLabel(kind: string): string {
  return FILING_UNIT_KIND[kindOf(kind)].label;
}

export function kindGroupOf(kind: string): KindGroup {
  return FILING_UNIT_KIND[kindOf(kind)].group;
}

export function organLevelOf(kind: string): OrganLevel {
  return FILING_UNIT_KIND[kindOf(kind)].organLevel;
}

/** Portal order: the county government's own report, then townships and streets, then departments; by code within. */
const GROUP_ORDER: Record<KindGroup, number> = { government: 0, local: 1, department: 2 };

export function compareFilingUnits(
  a: { kind: string; code: string },
  b: { kind: string; code: string },
): number {
  return GROUP_ORDER[kindGroupOf(a.kind)] - GROUP_ORDER[kindGroupOf(b.kind)] || a.code.localeCompare(b.code);
}
