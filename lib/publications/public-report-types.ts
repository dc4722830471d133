import type { Finding } from "@/lib/checks/types";
import type { ReportData } from "@/lib/format/report-data";
import type { FormatId } from "@/lib/format/types";
import type { DateSource } from "@/lib/import/publication-date";
import type { FilingUnitKind } from "@/lib/places/filing-unit-kinds";

/**
 * What the public sees of one report, as plain JSON (dates as YYYY-MM-DD in
 * Beijing time) so that the data cache can store it unchanged.
 */
export interface PublicRevision {
  revision: number;
  /** Date this revision was published; null: unknown (an import whose source does not say). */
  publishedAt: string | null;
  /** What a correction changed and why (revision > 1). */
  correctionNote: string | null;
}

/** A filing unit as the public pages list it (county page, home, the search form's choices). */
export interface PublicPlaceUnit {
  code: string;
  name: string;
  kind: FilingUnitKind;
  /** Retired (撤并/停用): listed only while it has published reports. */
  retired: boolean;
}

/** The filer as the public sees it: organName is the one the revision was published under. */
export interface PublicFilingUnit {
  code: string;
  name: string;
  kind: FilingUnitKind;
  organName: string;
}

export interface PublicReport {
  reportId: string;
  county: { code: string; name: string };
  filingUnit: PublicFilingUnit;
  year: number;
  formatId: FormatId;
  /** The revision shown. */
  revision: number;
  latestRevision: number;
  /** First publication: on-time is judged by it, corrections keep it; null: unknown (日期不详). */
  firstPublishedAt: string | null;
  /** For an imported report: where its date was read (DateSource id); null otherwise. */
  firstPublishedAtSource: DateSource | null;
  /** Every published revision, oldest first. */
  revisions: PublicRevision[];
  /** workflow | import (历史导入) of the revision shown. */
  source: "workflow" | "import";
  sourceNote: string | null;
  data: ReportData;
  /** Findings of the checks at the publication of the revision shown. */
  findings: Finding[];
}

/** One row of a list of published reports (latest revision). */
export interface PublishedReportSummary {
  county: { code: string; name: string };
  filingUnit: PublicFilingUnit;
  year: number;
  formatId: FormatId;
  /** null: unknown (日期不详). */
  firstPublishedAt: string | null;
  latestRevision: number;
  /** Date of the latest revision (= firstPublishedAt when never corrected); null: unknown. */
  latestPublishedAt: string | null;
  /** A short piece of text around the search match, when searching. */
  snippet?: string;
}
