import type { CellKind } from "./types";

/** Nine digits covers any plausible count or 万元 amount and keeps sums exact in doubles. */
export const MAX_CELL_VALUE = 999_999_999;

/**
 * Decimals allowed per kind. 4 for 万元 is common practice (not a confirmed
 * national rule); amountWithUnit allows 6 because a yuan amount with fen
 * (251000.55元) is 25.100055 万元 once normalised.
 */
export const MAX_DECIMALS: Record<CellKind, number> = { count: 0, signed: 0, amount: 4, amountWithUnit: 6 };

export const MAX_NARRATIVE_LENGTH = 50_000;

/** Decimal places of a number as JavaScript prints it (shortest round-trip form). */
export function decimalPlaces(value: number): number {
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
    case "amountWithUnit": {
      if (value < 0) return "请输入不小于0的金额";
      const maxDecimals = MAX_DECIMALS[kind];
      return decimalPlaces(value) <= maxDecimals ? null : `金额（万元）最多保留${maxDecimals}位小数`;
    }
  }
}

/** stat-2014 rows carry their own unit; only 万元 rows hold amounts, the rest are counts. */
export function statValueKind(unit: string): CellKind {
  return unit.trim() === "万元" ? "amount" : "count";
}
