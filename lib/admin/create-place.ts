import { AppError } from "@/lib/actions/app-error";
import type { Db } from "@/lib/db/client";
import { isUniqueViolation } from "@/lib/db/unique-violation";
import type { CreateCountyInput, CreateFilingUnitInput } from "./admin-schemas";
import { ensureNoOtherGovernment } from "./one-government";

/** A new county; a taken code is refused by the unique key (a conflict, whoever came first). */
export async function createCounty(db: Db, input: CreateCountyInput) {
  return db.county.create({ data: input });
}

/**
 * A new filing unit of an existing county (the action's policy check has found
 * the county), of any kind; a second county government in use is refused.
 */
export async function createFilingUnit(db: Db, input: CreateFilingUnitInput, now: Date) {
  try {
    return await db.$transaction(async (tx) => {
      if (input.kind === "government") await ensureNoOtherGovernment(tx, input.countyId, now);
      return tx.filingUnit.create({ data: input });
    });
  } catch (error) {
    if (!isUniqueViolation(error)) throw error;
    const message = `本县区已有代码为 ${input.code} 的填报单位，请换一个代码`;
    throw new AppError("conflict", message, { fieldErrors: { code: message } });
  }
}
