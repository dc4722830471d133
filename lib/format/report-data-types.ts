import type { CellValue } from "./types";

/**
 * Stored report data. Tables are arrays in the official row order (see
 * cells.ts for the position of every cell id); a blank cell is null, never 0.
 */
interface GovNarratives {
  s1: string;
  s5: string;
  s6: string;
}

export interface GovReportData {
  narratives: GovNarratives;
  tables: {
    /** Row i holds as many values as its block has columns. */
    T2: CellValue[][];
    /** 25 (gov-2021) or 23 (gov-2019) rows × 7 columns. */
    T3: CellValue[][];
    /** 15 values. */
    T4: CellValue[];
  };
  /** What the filer wrote for amountWithUnit cells (e.g. "251000元"), by cell id. */
  cellText?: Record<string, string>;
}

export interface StatRow {
  label: string;
  unit: string;
  value: CellValue;
}

export interface StatReportData {
  narratives: { s1: string };
  tables: { STAT: StatRow[] };
}

export type ReportData = GovReportData | StatReportData;

export function isGovData(data: ReportData): data is GovReportData {
  return "T3" in data.tables;
}
