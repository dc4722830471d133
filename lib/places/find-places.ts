import { db } from "@/lib/db/client";

export async function findFilingUnitByCodes(countyCode: string, filingUnitCode: string) {
  return db.filingUnit.findFirst({
    where: { code: filingUnitCode, county: { code: countyCode } },
    include: { county: true },
  });
}

export async function findCountyByCode(code: string) {
  return db.county.findUnique({ where: { code } });
}
