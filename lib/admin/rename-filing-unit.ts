import type { Db } from "@/lib/db/client";
import type { RenameFilingUnitInput } from "./admin-schemas";
import { loadUnitAtVersion, updateUnitAtVersion } from "./unit-at-version";

/**
 * A new name and organ name for a unit. The code stays: every URL of the unit
 * and its reports uses it. What was published keeps the organ name it was
 * published under (Publication.organName); the next publication takes the new one.
 */
export async function renameFilingUnit(db: Db, input: RenameFilingUnitInput) {
  return db.$transaction(async (tx) => {
    const unit = await loadUnitAtVersion(tx, input);
    const changed = unit.name !== input.name || unit.organName !== input.organName;
    if (changed) await updateUnitAtVersion(tx, unit, { name: input.name, organName: input.organName });
    return { before: unit.name, after: input.name, changed };
  });
}
