import { AppError } from "@/lib/actions/app-error";
import type { Prisma } from "@/lib/db/client";

/**
 * A filing unit's life: in use until an admin retires it
 * (停用). A retired unit receives no new report — none is opened, imported
 * or assigned a clerk — but nothing it filed goes away: its reports stay
 * readable and its publications stay public. Reinstating undoes a retirement.
 */

export function isRetired(unit: { retiredAt: Date | null }): boolean {
  return unit.retiredAt !== null;
}

const STATE_LABELS = { active: "在用", retired: "已停用" } as const;

export function stateLabel(unit: { retiredAt: Date | null }): string {
  return isRetired(unit) ? STATE_LABELS.retired : STATE_LABELS.active;
}

/**
 * The units a county's list of one report year shows: every unit in use, and
 * a retired one only for a year it has a report of (its history).
 */
export function listedInYear(year: number): Prisma.FilingUnitWhereInput {
  return { OR: [{ retiredAt: null }, { reports: { some: { year } } }] };
}

/** Why a retired unit refuses what was asked (`what`: 新建年度报告, 导入报告, …). */
export function retiredRefusal(unit: { name: string }, what: string): string {
  return `${unit.name}已停用，不能${what}：已停用的单位不再接收新报告，需要时可由管理员在管理页恢复该单位`;
}

/** Refuses (a conflict, with the form field to mark) what a retired unit cannot receive. */
export function refuseIfRetired(
  unit: { name: string; retiredAt: Date | null },
  what: string,
  field?: string,
) {
  if (!isRetired(unit)) return;
  const message = retiredRefusal(unit, what);
  throw new AppError("conflict", message, field ? { fieldErrors: { [field]: message } } : {});
}
