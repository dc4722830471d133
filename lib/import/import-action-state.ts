import type { Finding } from "@/lib/checks/types";
import type { ReportData } from "@/lib/format/report-data";
import type { FormatId } from "@/lib/format/types";
import type { ReportSource } from "./import-file";
import type { DateCandidate, DateSource } from "./publication-date";
import type { ImportIssue } from "./types";

/** Everything the admin sees before saving an import; plain data, it crosses the server-action boundary. */
export interface ImportPreview {
  /** Changes with every preview, so the confirm form starts fresh. */
  id: string;
  formatId: FormatId;
  organ: string | null;
  year: number;
  publishedOn: string | null;
  publishedOnSource: DateSource | null;
  /** Every date found that could be the publication date, in precedence order. */
  dateCandidates: DateCandidate[];
  data: ReportData;
  findings: Finding[];
  issues: ImportIssue[];
  filingUnit: { id: string; name: string; label: string; organName: string };
  /** The filing unit already has a report for the year: saving will be refused. */
  existing: boolean;
  /** The decoded source, sent back on confirm (the server imports it again, it trusts no parsed data). */
  source: ReportSource;
}
