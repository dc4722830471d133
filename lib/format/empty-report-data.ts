import { formatCells } from "./cell-index";
import type { ReportData } from "./report-data-types";
import type { FormatDef } from "./types";

/** A report with every cell blank (null) and every narrative empty. */
export function emptyReportData(format: FormatDef): ReportData {
  if (format.tables.some((table) => table.layout === "list")) {
    return { narratives: { s1: "" }, tables: { STAT: [] } };
  }
  const { rowLengths } = formatCells(format);
  const blankRows = (lengths: readonly number[]) =>
    lengths.map((length) => Array.from({ length }, () => null));
  return {
    narratives: { s1: "", s5: "", s6: "" },
    tables: {
      T2: blankRows(rowLengths.T2),
      T3: blankRows(rowLengths.T3),
      T4: blankRows(rowLengths.T4)[0] ?? [],
    },
  };
}
