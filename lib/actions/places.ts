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

export async function townshipPlace(db: Db, townshipId: string): Promise<Place> {
  const township = await db.township.findUnique({
    where: { id: townshipId },
    select: { id: true, countyId: true },
  });
  if (!township)
    throw new AppError("not-found", "所选乡镇不存在", { fieldErrors: { townshipId: "所选乡镇不存在" } });
  return { township };
}

export async function reportPlace(db: Db, reportId: string): Promise<Place> {
  const report = await db.report.findUnique({
    where: { id: reportId },
    select: { township: { select: { id: true, countyId: true } } },
  });
  if (!report) throw new AppError("not-found", "报告不存在");
  return { township: report.township };
}

/** A user account's place: its county (a clerk's through the township), or every county for a global admin. */
export async function accountPlace(db: Db, userId: string): Promise<Place> {
  const user = await db.user.findUnique({
    where: { id: userId },
    select: { countyId: true, township: { select: { countyId: true } } },
  });
  if (!user) throw new AppError("not-found", "用户不存在");
  const countyId = user.countyId ?? user.township?.countyId ?? null;
  return countyId ? { countyId } : { allCounties: true };
}
