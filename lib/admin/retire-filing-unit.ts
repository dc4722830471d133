import { AppError } from "@/lib/actions/app-error";
import type { Db } from "@/lib/db/client";
import { chinaDate } from "@/lib/publications/china-date";
import type { FilingUnitStateInput } from "./admin-schemas";
import { ensureNoOtherGovernment } from "./one-government";
import { loadUnitAtVersion, updateUnitAtVersion } from "./unit-at-version";

/**
 * Retires a unit (停用): it receives no new reports from now on. Nothing is
 * deleted: its reports, publications, events and clerks' accounts stay.
 */
export async function retireFilingUnit(db: Db, input: FilingUnitStateInput, now: Date) {
  return db.$transaction(async (tx) => {
    const unit = await loadUnitAtVersion(tx, input);
    if (unit.retiredAt) throw new AppError("conflict", `${unit.name}已于${chinaDate(unit.retiredAt)}停用`);
    await updateUnitAtVersion(tx, unit, { retiredAt: now });
    return unit;
  });
}

/** Puts a retired unit back in use; a county's second county government in use is refused. */
export async function reinstateFilingUnit(db: Db, input: FilingUnitStateInput, now: Date) {
  return db.$transaction(async (tx) => {
    const unit = await loadUnitAtVersion(tx, input);
    if (!unit.retiredAt) throw new AppError("conflict", `${unit.name}在用，无需恢复`);
    if (unit.kind === "government") await ensureNoOtherGovernment(tx, unit.countyId, now, unit.id);
    await updateUnitAtVersion(tx, unit, { retiredAt: null });
    return unit;
  });
}
