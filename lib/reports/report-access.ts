import { AppError } from "@/lib/actions/app-error";
import type { Db } from "@/lib/db/client";
import { canFillFilingUnit, canReadFilingUnit, canReviewCounty } from "@/lib/authz/policy";
import type { Principal } from "@/lib/authz/roles";

/** Loads a report with its filing unit and refuses callers outside its scope. */
export async function reportInScope(
  db: Db,
  principal: Principal,
  reportId: string,
  need: "read" | "fill" | "review",
) {
  const report = await db.report.findUnique({ where: { id: reportId }, include: { filingUnit: true } });
  if (!report) throw new AppError("not-found", "报告不存在");
  const allowed =
    need === "fill"
      ? canFillFilingUnit(principal, report.filingUnit)
      : need === "review"
        ? canReviewCounty(principal, report.filingUnit.countyId)
        : canReadFilingUnit(principal, report.filingUnit);
  if (!allowed) throw new AppError("forbidden", "无权操作此报告");
  return report;
}
