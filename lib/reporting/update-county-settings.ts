import { AppError } from "@/lib/actions/app-error";
import type { Db } from "@/lib/db/client";
import { countySettingsSchema, type CountySettings } from "./reporting-settings";

/**
 * The county's publish mode and default deadline. Reporting years already
 * open keep the deadline they were opened with; the default applies to years
 * opened afterwards.
 */
export async function updateCountySettings(db: Db, args: { countyId: string } & CountySettings) {
  const parsed = countySettingsSchema.safeParse(args);
  if (!parsed.success) throw new AppError("invalid", parsed.error.issues[0]?.message ?? "输入有误");
  const county = await db.county.findUnique({ where: { id: args.countyId } });
  if (!county) throw new AppError("not-found", "县区不存在");
  return db.county.update({ where: { id: county.id }, data: parsed.data });
}
