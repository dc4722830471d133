import { db as appDb, type Db } from "@/lib/db/client";
import { kindOf } from "@/lib/places/filing-unit-kinds";
import type { PublicPlaceUnit } from "./public-report-types";

/**
 * The units the public pages list: every unit in service, and a retired one
 * only when it has published reports (which stay public).
 */
const LISTED = { OR: [{ retiredAt: null }, { reports: { some: { publications: { some: {} } } } }] };
const UNIT_SELECT = { code: true, name: true, kind: true, retiredAt: true } as const;

function publicUnit(unit: {
  code: string;
  name: string;
  kind: string;
  retiredAt: Date | null;
}): PublicPlaceUnit {
  return { code: unit.code, name: unit.name, kind: kindOf(unit.kind), retired: unit.retiredAt !== null };
}

/** Counties and filing units are public facts (the county-year page lists every filing unit). */
export async function findCountyWithFilingUnits(code: string, db: Db = appDb) {
  const county = await db.county.findUnique({
    where: { code },
    select: { code: true, name: true, filingUnits: { where: LISTED, select: UNIT_SELECT } },
  });
  return county && { ...county, filingUnits: county.filingUnits.map(publicUnit) };
}

export async function findFilingUnit(countyCode: string, filingUnitCode: string, db: Db = appDb) {
  const unit = await db.filingUnit.findFirst({
    where: { code: filingUnitCode, county: { code: countyCode } },
    select: { ...UNIT_SELECT, organName: true, county: { select: { code: true, name: true } } },
  });
  return unit && { ...publicUnit(unit), organName: unit.organName, county: unit.county };
}

/** Every county with its listed units (home page, the search form's choices). */
export async function listPublicPlaces(db: Db = appDb) {
  const counties = await db.county.findMany({
    orderBy: { code: "asc" },
    select: { code: true, name: true, filingUnits: { where: LISTED, select: UNIT_SELECT } },
  });
  return counties.map((c) => ({ ...c, filingUnits: c.filingUnits.map(publicUnit) }));
}
