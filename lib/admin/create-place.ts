import type { Db } from "@/lib/db/client";
import type { CreateCountyInput, CreateFilingUnitInput } from "./admin-schemas";

/** A new county; a taken code is refused by the unique key (a conflict, whoever came first). */
export async function createCounty(db: Db, input: CreateCountyInput) {
  return db.county.create({ data: input });
}

/** A new filing unit of an existing county (the action's policy check has found the county). */
export async function createFilingUnit(db: Db, input: CreateFilingUnitInput) {
  return db.filingUnit.create({ data: input });
}
