import type { Place } from "@/lib/authz/place";
import type { Db } from "@/lib/db/client";
import { AppError } from "./app-error";

/**
 * Where an action acts, looked up by the ids its input names. An id that
 * names nothing is refused as not found before anything is written.
 */

export async function countyPlace(db: Db, countyId: string): Promise<Place> {
  const county = await db.county.findUnique({ where: { id: countyId }, select: { id: true } });
  if (!county)
    throw new AppError("not-found", "所选县区不存在", { fieldErrors: { countyId: "所选县区不存在" } });
  return { countyId: county.id };
}

export async function filingUnitPlace(db: Db, filingUnitId: string): Promise<Place> {
  const filingUnit = await db.filingUnit.findUnique({
    where: { id: filingUnitId },
    select: { id: true, countyId: true },
  });
  if (!filingUnit)
    throw new AppError("not-found", "所选单位不存在", { fieldErrors: { filingUnitId: "所选单位不存在" } });
  return { filingUnit };
}

export async function reportPlace(db: Db, reportId: string): Promise<Place> {
  // The report's filing unit in one statement (a report always has one): asked through the
  // report, Prisma would read the report and then its filing unit.
  const filingUnit = await db.filingUnit.findFirst({
    where: { reports: { some: { id: reportId } } },
    select: { id: true, countyId: true },
  });
  if (!filingUnit) throw new AppError("not-found", "报告不存在");
  return { filingUnit };
}

/** A user account's place: its county (a clerk's through the filing unit), or every county for a global admin. */
export async function accountPlace(db: Db, userId: string): Promise<Place> {
  const user = await db.user.findUnique({
    where: { id: userId },
    select: { countyId: true, filingUnit: { select: { countyId: true } } },
  });
  if (!user) throw new AppError("not-found", "用户不存在");
  const countyId = user.countyId ?? user.filingUnit?.countyId ?? null;
  return countyId ? { countyId } : { allCounties: true };
}
