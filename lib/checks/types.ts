import type { ReportData } from "../format/report-data";
import type { FormatDef, FormatId, OrganLevel } from "../format/types";

/** error blocks submission; warning needs the filer's written explanation; notice is advice. */
export type Severity = "error" | "warning" | "notice";

export interface Finding {
  id: string;
  severity: Severity;
  /** Cell ids ("T3.r05.c2") or section ids ("s1") the finding is about, first one decides its place. */
  cells: string[];
  /** The value as filed … */
  reported?: number | string | null;
  /** … and the value the rule expects. */
  computed?: number | string | null;
  /** Chinese, says what to fix. */
  message: string;
}

interface LastYearReport {
  formatId: FormatId;
  year: number;
  data: ReportData;
}

/** Everything a check may know beyond the report; time comes from here, never from the clock. */
export interface CheckContext {
  year: number;
  organLevel: OrganLevel;
  lastYear?: LastYearReport | null;
  /** ISO date, for date-dependent checks. */
  today?: string;
  /**
   * Cells whose typed text is not a number yet: the editor shows its own
   * message for each, so no check calls them blank as well.
   */
  unparsedCells?: ReadonlySet<string>;
  /** The county's rule for a report sent before its year has ended (D-02): explain it, or not at all. */
  earlySubmission?: "warn" | "block";
  /** Tables known (from import) to be printed on another format's template than the report's. */
  tableFormats?: readonly { tableId: string; formatId: FormatId }[];
}

export interface Check {
  id: string;
  severity: Severity;
  /** One line of Chinese for docs and the UI. */
  description: string;
  formats: readonly FormatId[];
  /**
   * "narratives": the result depends only on the narrative texts and the
   * context, so it is reused while they are unchanged (keystrokes in a table
   * do not re-scan long texts).
   */
  reads?: "narratives";
  run(format: FormatDef, data: ReportData, context: CheckContext): Finding[];
}

export const GOV_FORMATS: readonly FormatId[] = ["gov-2021", "gov-2019"];
export const ALL_FORMATS: readonly FormatId[] = ["gov-2021", "gov-2019", "stat-2014"];
