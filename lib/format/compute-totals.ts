import { formatCells, type CellInfo } from "./cell-index";
import { readNumber, sumOrNull } from "./cell-access";
import { writeCell } from "./write-cell";
import { isGovData, type GovReportData, type ReportData } from "./report-data-types";
import type { FormatDef } from "./types";

interface CompiledSum {
  target: CellInfo;
  terms: CellInfo[];
}

const compiledCache = new WeakMap<FormatDef, CompiledSum[]>();

/**
 * The format's sums in an order where every total is computed before any sum
 * that uses it (T3's grand total r24.c7 is both a column and a row total;
 * the first declared rule for a target wins, both agree once terms are filled).
 */
function compileSums(format: FormatDef): CompiledSum[] {
  const cached = compiledCache.get(format);
  if (cached) return cached;
  const byId = formatCells(format).byId;
  const cellOf = (id: string): CellInfo => {
    const cell = byId.get(id);
    if (!cell) throw new Error(`求和规则引用了不存在的单元格：${id}`);
    return cell;
  };
  const byTarget = new Map<string, CompiledSum>();
  for (const rule of format.sums) {
    if (!byTarget.has(rule.target)) {
      byTarget.set(rule.target, { target: cellOf(rule.target), terms: rule.terms.map(cellOf) });
    }
  }
  const ordered: CompiledSum[] = [];
  const state = new Map<string, "visiting" | "done">();
  const visit = (sum: CompiledSum): void => {
    const mark = state.get(sum.target.id);
    if (mark === "done") return;
    if (mark === "visiting") throw new Error(`求和规则循环引用：${sum.target.id}`);
    state.set(sum.target.id, "visiting");
    for (const term of sum.terms) {
      const dependency = byTarget.get(term.id);
      if (dependency) visit(dependency);
    }
    state.set(sum.target.id, "done");
    ordered.push(sum);
  };
  byTarget.forEach(visit);
  compiledCache.set(format, ordered);
  return ordered;
}

/** New data with every declared total filled from its terms; runs on every keystroke. */
export function computeTotals<T extends ReportData>(format: FormatDef, data: T): T {
  if (!isGovData(data)) return data;
  const sums = compileSums(format);
  if (sums.length === 0) return data;
  const tables: GovReportData["tables"] = {
    T2: data.tables.T2,
    // Imported rows may not be arrays yet; leave them for validation to report.
    T3: data.tables.T3.map((row) => (Array.isArray(row) ? row.slice() : row)),
    T4: data.tables.T4.slice(),
  };
  const next = { ...data, tables };
  for (const { target, terms } of sums) {
    writeCell(tables, target, sumOrNull(terms.map((term) => readNumber(next, term))));
  }
  return next;
}
