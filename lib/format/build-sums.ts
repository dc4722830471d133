import { makeCellId } from "./cell-id";
import { collectLeaves, displayLabel, findNode } from "./header-tree";
import type { GridTable, SumRule } from "./types";

// Sums are declared per column / row / group of a table; spelling out 40-odd
// rules by hand would invite exactly the slips the checks exist to catch.

/** For every column: the total row = Σ the other leaves of its row group (T3-02). */
export function columnTotalRules(
  table: GridTable,
  spec: { checkId: string; group: string[]; totalKey: string; termsLabel: string },
): SumRule[] {
  const group = findNode(table.rows, spec.group);
  if (!group) throw new Error(`未找到行分组：${spec.group.join(" > ")}`);
  const groupLeaves = collectLeaves(group.children ?? []);
  const total = groupLeaves.find((leaf) => leaf.key === spec.totalKey);
  if (!total) throw new Error(`未找到总计行：${spec.totalKey}`);
  const termKeys = groupLeaves.filter((leaf) => leaf !== total).map((leaf) => leaf.key);
  return collectLeaves(table.columns).map((column) => ({
    checkId: spec.checkId,
    target: makeCellId(table.id, total.key, column.key),
    terms: termKeys.map((rowKey) => makeCellId(table.id, rowKey, column.key)),
    targetLabel: total.label,
    termsLabel: spec.termsLabel,
    scopeLabel: `${column.label}列`,
  }));
}

/** For every row: the total column = Σ the other column leaves (T3-03). */
export function rowTotalRules(
  table: GridTable,
  spec: { checkId: string; totalKey: string; termsLabel: string },
): SumRule[] {
  const columns = collectLeaves(table.columns);
  const total = columns.find((leaf) => leaf.key === spec.totalKey);
  if (!total) throw new Error(`未找到总计列：${spec.totalKey}`);
  const terms = columns.filter((leaf) => leaf !== total);
  return collectLeaves(table.rows).map((row) => ({
    checkId: spec.checkId,
    target: makeCellId(table.id, row.key, total.key),
    terms: terms.map((column) => makeCellId(table.id, row.key, column.key)),
    targetLabel: total.label,
    termsLabel: spec.termsLabel,
    scopeLabel: `“${displayLabel(row)}”行`,
  }));
}

/**
 * Single-row table (T4): in each column group the leaf labelled `totalLabel`
 * = Σ its sibling leaves (T4-01..03).
 */
export function groupTotalRules(
  table: GridTable,
  groups: { checkId: string; group: string[] }[],
  totalLabel: string,
): SumRule[] {
  return groups.map(({ checkId, group }) => {
    const node = findNode(table.columns, group);
    if (!node) throw new Error(`未找到列分组：${group.join(" > ")}`);
    const leaves = collectLeaves(node.children ?? []);
    const total = leaves.find((leaf) => leaf.label === totalLabel);
    if (!total) throw new Error(`列分组缺少${totalLabel}：${group.join(" > ")}`);
    const terms = leaves.filter((leaf) => leaf !== total);
    return {
      checkId,
      target: makeCellId(table.id, null, total.key),
      terms: terms.map((leaf) => makeCellId(table.id, null, leaf.key)),
      targetLabel: total.label,
      termsLabel: `${terms.map((leaf) => leaf.label).join("、")}之和`,
      scopeLabel: group.length > 1 ? `${group[0]}（${group.slice(1).join("，")}）` : group.join(""),
    };
  });
}
