// The stored report shape and the functions over it, from one import path.
export {
  isGovData,
  type GovNarratives,
  type GovReportData,
  type ReportData,
  type StatReportData,
  type StatRow,
} from "./report-data-types";
export { computeTotals } from "./compute-totals";
export { emptyReportData } from "./empty-report-data";
export { parseCellInput, type CellInputResult } from "./parse-cell-input";
export { reportDataSchema } from "./report-data-schema";
export { setCellValues } from "./set-cell-values";
export { cellValueProblem, MAX_CELL_VALUE, MAX_DECIMALS, MAX_NARRATIVE_LENGTH } from "./cell-value-rules";
