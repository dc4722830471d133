import { cellValueProblem, MAX_CELL_VALUE } from "./cell-value-rules";
import type { CellKind, CellValue } from "./types";

export type CellInputResult =
  | {
      ok: true;
      value: CellValue;
      /** The filer's own text when they gave a unit (amountWithUnit), to keep beside the number. */
      unitText?: string;
    }
  | { ok: false; message: string };

const KIND_HINT: Record<CellKind, string> = {
  count: "请输入不小于0的整数",
  signed: "请输入整数（减少的填负数，如-2）",
  amount: "请输入不小于0的金额（单位：万元）",
  amountWithUnit: "请输入不小于0的金额，可带单位“万元”或“元”",
};

// Published reports and paper templates use these for "nothing"; they are not 0 (V-01).
const BLANK_MARKERS = new Set(["-", "--", "/", "—", "——", "–", "无"]);

const FULL_WIDTH_DIGIT = /[０-９]/g;

function normalise(text: string): string {
  return text
    .replace(FULL_WIDTH_DIGIT, (digit) => String.fromCharCode(digit.charCodeAt(0) - 0xfee0))
    .replace(/[－−﹣]/g, "-")
    .replace(/＋/g, "+")
    .replace(/．/g, ".")
    .replace(/，/g, ",")
    .replace(/／/g, "/")
    .replace(/\s+/g, "");
}

/** Moves the decimal point 4 places left (元 → 万元) on the digits, avoiding float error. */
function yuanToWan(integer: string, fraction: string): string {
  const digits = integer + fraction;
  const point = integer.length - 4;
  return point > 0 ? `${digits.slice(0, point)}.${digits.slice(point)}` : `0.${"0".repeat(-point)}${digits}`;
}

/** Turns what a filer typed into a cell value, or a Chinese message saying what to type instead. */
export function parseCellInput(text: string, kind: CellKind): CellInputResult {
  let rest = normalise(text);
  if (rest === "") return { ok: true, value: null };
  if (BLANK_MARKERS.has(rest)) return { ok: false, message: "“-”“/”等不等于0，没有的请填写0" };

  let unit: "万元" | "元" | null = null;
  if (rest.endsWith("万元")) unit = "万元";
  else if (rest.endsWith("元")) unit = "元";
  if (unit) {
    if (kind === "count" || kind === "signed") return { ok: false, message: KIND_HINT[kind] };
    if (kind === "amount" && unit === "元")
      return { ok: false, message: "本栏单位为万元，请换算为万元后填写" };
    rest = rest.slice(0, -unit.length);
  }

  if (rest.includes(",")) {
    if (!/^[+-]?\d{1,3}(,\d{3})+(\.\d+)?$/.test(rest)) return { ok: false, message: "千位分隔符位置不正确" };
    rest = rest.replace(/,/g, "");
  }
  const match = /^([+-]?)(\d*)(?:\.(\d*))?$/.exec(rest);
  const integer = (match?.[2] ?? "").replace(/^0+(?=\d)/, "");
  const fraction = match?.[3] ?? "";
  if (!match || integer + fraction === "") return { ok: false, message: KIND_HINT[kind] };
  if (integer.length > String(MAX_CELL_VALUE).length)
    return { ok: false, message: `数值不能超过${MAX_CELL_VALUE}` };

  const sign = match[1] === "-" ? "-" : "";
  const magnitude = unit === "元" ? yuanToWan(integer, fraction) : `${integer || "0"}.${fraction || "0"}`;
  const parsed = Number(sign + magnitude);
  const value = parsed === 0 ? 0 : parsed;
  const problem = cellValueProblem(kind, value);
  if (problem) return { ok: false, message: problem === "请输入数字" ? KIND_HINT[kind] : problem };
  return unit && kind === "amountWithUnit" ? { ok: true, value, unitText: text.trim() } : { ok: true, value };
}
