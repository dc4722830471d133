import { AppError } from "@/lib/actions/app-error";
import type { Db } from "@/lib/db/client";
import { deadlineOf } from "./report-year";
import { reportingYearInputSchema } from "./reporting-settings";

export interface OpenReportingYearArgs {
  countyId: string;
  year: number;
  /** YYYY-MM-DD of the following year; omitted: the county's default deadline. */
  deadline?: string;
  /** Latest year an admin may open: the current report year plus one, so next year can be prepared. */
  maxYear: number;
}

/**
 * Opens a county's reporting year with its deadline, or changes the deadline
 * of a year already open (the same form does both). Every filing unit of the
 * county then has a slot for that year on the dashboard; the report rows
 * themselves appear when a filing unit starts filling in.
 */
export async function openReportingYear(db: Db, args: OpenReportingYearArgs) {
  const parsed = reportingYearInputSchema.safeParse({ year: args.year, deadline: args.deadline });
  if (!parsed.success) throw new AppError("invalid", parsed.error.issues[0]?.message ?? "输入有误");
  if (parsed.data.year > args.maxYear) throw new AppError("invalid", `最多只能开启 ${args.maxYear} 年度`);
  const county = await db.county.findUnique({ where: { id: args.countyId } });
  if (!county) throw new AppError("not-found", "县区不存在");
  const deadline = parsed.data.deadline ?? deadlineOf(parsed.data.year, county.defaultDeadline);
  const existing = await db.reportingYear.findUnique({
    where: { countyId_year: { countyId: county.id, year: parsed.data.year } },
  });
  if (existing) {
    const updated = await db.reportingYear.update({ where: { id: existing.id }, data: { deadline } });
    return { reportingYear: updated, created: false };
  }
  try {
    const created = await db.reportingYear.create({
      data: { countyId: county.id, year: parsed.data.year, deadline },
    });
    return { reportingYear: created, created: true };
  } catch (error) {
    // Two admins opening the same year at once: the unique key decides, the second one edits.
    if (error && typeof error === "object" && "code" in error && error.code === "P2002") {
      const updated = await db.reportingYear.update({
        where: { countyId_year: { countyId: county.id, year: parsed.data.year } },
        data: { deadline },
      });
      return { reportingYear: updated, created: false };
    }
    throw error;
  }
}
