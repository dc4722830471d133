import { db } from "@/lib/db/client";

export async function findTownshipByCodes(countyCode: string, townshipCode: string) {
  return db.township.findFirst({
    where: { code: townshipCode, county: { code: countyCode } },
    include: { county: true },
  });
}

export async function findCountyByCode(code: string) {
  return db.county.findUnique({ where: { code } });
}
