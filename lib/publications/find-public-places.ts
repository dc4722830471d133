import { db } from "@/lib/db/client";

/** Counties and townships are public facts (the county-year page lists every township). */
export async function findCountyWithTownships(code: string) {
  return db.county.findUnique({
    where: { code },
    select: { code: true, name: true, townships: { orderBy: { code: "asc" }, select: { code: true, name: true, organName: true } } },
  });
}

export async function findTownship(countyCode: string, townshipCode: string) {
  return db.township.findFirst({
    where: { code: townshipCode, county: { code: countyCode } },
    select: { code: true, name: true, organName: true, county: { select: { code: true, name: true } } },
  });
}

export async function listPublicPlaces() {
  return db.county.findMany({
    orderBy: { code: "asc" },
    select: { code: true, name: true, townships: { orderBy: { code: "asc" }, select: { code: true, name: true } } },
  });
}
