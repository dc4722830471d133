import type { CellKind } from "./types";

/** Nine digits covers any plausible count or 万元 amount and keeps sums exact in doubles. */
export const MAX_CELL_VALUE = 999_999_999;

/**
 * Decimals an amount in 万元 is read and stored to without comment. Published
 * reports print 万元 to the yuan (4 decimals) and very often to the cent: 6
 * decimals (4166.241619 万元 is 41,662,416.19 元), and a yuan amount with fen
 * (251000.55元) is 25.100055 万元 once normalised. Both are exact figures.
 */
export const AMOUNT_DECIMALS = 6;

/** Decimals accepted per kind without a warning (counts are whole numbers). */
const MAX_DECIMALS: Record<CellKind, number> = {
  count: 0,
  signed: 0,
  amount: AMOUNT_DECIMALS,
  amountWithUnit: AMOUNT_DECIMALS,
};

export const MAX_NARRATIVE_LENGTH = 50_000;

/** Decimal places of a number as JavaScript prints it (shortest round-trip form). */
function decimalPlaces(value: number): number {
  const [mantissa = "", exponent = "0"] = String(Math.abs(value)).split("e");
  const fraction = mantissa.split(".")[1] ?? "";
  return Math.max(0, fraction.length - Number(exponent));
}

/** Why a stored value is not acceptable for a cell of `kind`, in Chinese; null when it is fine or blank. */
export function cellValueProblem(kind: CellKind, value: unknown): string | null {
  if (value === null || value === undefined) return null;
  if (typeof value !== "number" || Number.isNaN(value)) return "请输入数字";
  if (!Number.isFinite(value) || Math.abs(value) > MAX_CELL_VALUE) return `数值不能超过${MAX_CELL_VALUE}`;
  switch (kind) {
    case "count":
      return Number.isInteger(value) && value >= 0 ? null : "请输入不小于0的整数";
    case "signed":
      return Number.isInteger(value) ? null : "请输入整数（减少的填负数，如-2）";
    case "amount":
    case "amountWithUnit":
      // More decimals than a cent is a doubt about the unit (amountPrecisionNote), not a wrong value.
      return value < 0 ? "请输入不小于0的金额" : null;
  }
}

/** Why an amount looks over-precise (finer than a cent in 万元), in Chinese; null when it does not. */
export function amountPrecisionNote(kind: CellKind, value: unknown): string | null {
  if (kind !== "amount" && kind !== "amountWithUnit") return null;
  if (typeof value !== "number" || !Number.isFinite(value)) return null;
  return decimalPlaces(value) <= MAX_DECIMALS[kind]
    ? null
    : `金额（万元）超过${MAX_DECIMALS[kind]}位小数（精确到分只需${MAX_DECIMALS[kind]}位），请核对单位和数值`;
}

/** A stored number as plain digits (String() would print 1e-7 for a tiny amount). */
export function plainNumber(value: number): string {
  const text = String(value);
  return text.includes("e") ? value.toFixed(Math.min(decimalPlaces(value), 20)) : text;
}

/** stat-2014 rows carry their own unit; only 万元 rows hold amounts, the rest are counts. */
export function statValueKind(unit: string): CellKind {
  return unit.trim() === "万元" ? "amount" : "count";
}
