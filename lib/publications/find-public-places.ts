import { db } from "@/lib/db/client";

/** Counties and filing units are public facts (the county-year page lists every filing unit). */
export async function findCountyWithFilingUnits(code: string) {
  return db.county.findUnique({
    where: { code },
    select: {
      code: true,
      name: true,
      filingUnits: { orderBy: { code: "asc" }, select: { code: true, name: true, organName: true } },
    },
  });
}

export async function findFilingUnit(countyCode: string, filingUnitCode: string) {
  return db.filingUnit.findFirst({
    where: { code: filingUnitCode, county: { code: countyCode } },
    select: { code: true, name: true, organName: true, county: { select: { code: true, name: true } } },
  });
}

export async function listPublicPlaces() {
  return db.county.findMany({
    orderBy: { code: "asc" },
    select: {
      code: true,
      name: true,
      filingUnits: { orderBy: { code: "asc" }, select: { code: true, name: true } },
    },
  });
}
