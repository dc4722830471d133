import { AppError } from "@/lib/actions/app-error";
import type { Tx } from "@/lib/db/client";
import { FILING_UNIT_KIND } from "@/lib/places/filing-unit-kinds";

const GOVERNMENT = FILING_UNIT_KIND.government.label;

/**
 * A county has at most one county-government (本级) unit in use: its own
 * report is one report. Call inside the transaction that adds or reinstates
 * one. The county row is written first, so two admins doing it at the same
 * moment wait for each other (a row lock on PostgreSQL; SQLite has a single
 * writer) and the second sees the first's unit.
 */
export async function ensureNoOtherGovernment(tx: Tx, countyId: string, now: Date, exceptId?: string) {
  const county = await tx.county.update({ where: { id: countyId }, data: { updatedAt: now } });
  const other = await tx.filingUnit.findFirst({
    where: { countyId, kind: "government", retiredAt: null, ...(exceptId ? { id: { not: exceptId } } : {}) },
    select: { name: true },
  });
  if (other) {
    const message = `${county.name}已有在用的${GOVERNMENT}单位“${other.name}”，每个县区只能有一个`;
    throw new AppError("conflict", message, { fieldErrors: { kind: message } });
  }
}
