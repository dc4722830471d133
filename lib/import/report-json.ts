import type { Finding, Severity } from "@/lib/checks/types";
import { isGovData, type StatRow } from "@/lib/format/report-data";
import type { CellValue, FormatId, SectionId } from "@/lib/format/types";
import { DATE_SOURCE_LABELS, type DateCandidate, type DateSource } from "./publication-date";
import type { ImportedReport, ImportIssue } from "./types";

interface ReportJsonFinding {
  id: string;
  severity: Severity;
  cells: string[];
  reported: number | string | null;
  computed: number | string | null;
  message: string;
}

type ReportJsonTables = { T2: CellValue[][]; T3: CellValue[][]; T4: CellValue[] } | { STAT: StatRow[] };

/**
 * What `cli check --json` prints: one object per report. Sections s2–s4 are
 * the table sections; they carry their official heading (not content), so a
 * consumer can title the tables without knowing the format.
 */
export interface ReportJson {
  format: FormatId;
  organ: string | null;
  year: number;
  /** null: the source does not say when it was published (stored as unknown). */
  publishedOn: string | null;
  /** Where publishedOn came from (an id and its Chinese name). */
  publishedOnSource: DateSource | null;
  publishedOnSourceLabel: string | null;
  /** Every date that could have been the publication date, in precedence order. */
  dateCandidates: DateCandidate[];
  sections: Record<SectionId, string>;
  /** Rows in official order; null for a blank cell. */
  tables: ReportJsonTables;
  /** Amounts the filer wrote with a unit ("703.1544万元"), by cell id. */
  cellText: Record<string, string>;
  findings: ReportJsonFinding[];
  issues: ImportIssue[];
}

const SECTION_IDS: readonly SectionId[] = ["s1", "s2", "s3", "s4", "s5", "s6"];

export function toReportJson(report: ImportedReport, findings: readonly Finding[]): ReportJson {
  const sections = Object.fromEntries(SECTION_IDS.map((id) => [id, ""])) as Record<SectionId, string>;
  for (const section of report.format.sections) {
    if (section.kind === "table") sections[section.id] = section.heading;
  }
  const data = report.data;
  let tables: ReportJsonTables;
  if (isGovData(data)) {
    Object.assign(sections, data.narratives);
    tables = { T2: data.tables.T2, T3: data.tables.T3, T4: data.tables.T4 };
  } else {
    sections.s1 = data.narratives.s1;
    tables = { STAT: data.tables.STAT };
  }
  return {
    format: report.format.id,
    organ: report.organ,
    year: report.year,
    publishedOn: report.publishedOn,
    publishedOnSource: report.publishedOnSource,
    publishedOnSourceLabel: report.publishedOnSource ? DATE_SOURCE_LABELS[report.publishedOnSource] : null,
    dateCandidates: report.dateCandidates,
    sections,
    tables,
    cellText: isGovData(data) ? { ...(data.cellText ?? {}) } : {},
    findings: findings.map((f) => ({
      id: f.id,
      severity: f.severity,
      cells: f.cells,
      reported: f.reported ?? null,
      computed: f.computed ?? null,
      message: f.message,
    })),
    issues: report.issues,
  };
}
