/**
 * Cell id scheme, stable across formats and used in findings, cellText and
 * HTML attributes:
 * - grid table with rows (T3):   "T3.<row key>.<column key>"   e.g. "T3.r05.c2"
 * - single-row grid (T4):        "T4.<column key>"             e.g. "T4.c3"
 * - block table (T2):            "T2.<row key>.<column key>"   e.g. "T2.rules.issued"
 * Narrative sections are referred to by their section id ("s1", "s5", "s6").
 */
export function makeCellId(tableId: string, rowKey: string | null, columnKey: string): string {
  return rowKey === null ? `${tableId}.${columnKey}` : `${tableId}.${rowKey}.${columnKey}`;
}
