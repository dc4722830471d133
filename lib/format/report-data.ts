// The stored report shape and the functions over it, from one import path.
export {
  isGovData,
  type GovReportData,
  type ReportData,
  type StatReportData,
  type StatRow,
} from "./report-data-types";
export { computeTotals } from "./compute-totals";
export { emptyReportData } from "./empty-report-data";
export { parseCellInput } from "./parse-cell-input";
export { reportDataSchema } from "./report-data-schema";
export { setCellValues } from "./set-cell-values";
export { MAX_NARRATIVE_LENGTH } from "./cell-value-rules";
