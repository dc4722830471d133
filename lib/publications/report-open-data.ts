import type { Finding } from "@/lib/checks/types";
import { getFormat } from "@/lib/format";
import { isGovData, type ReportData } from "@/lib/format/report-data";
import type { CellValue, FormatId } from "@/lib/format/types";
import type { DateSource } from "@/lib/import/publication-date";
import { reportFilePath, reportPath, type ReportCodes } from "@/lib/urls/public-paths";
import { kindLabel, type FilingUnitKind } from "@/lib/places/filing-unit-kinds";
import type { PublicFilingUnit, PublicReport } from "./public-report-types";
import { reportTitle } from "./report-title";

const REPORT_SCHEMA = "nianbao.report/2";

/** A filing unit in open data: its code, name and kind (docs/open-data.md). */
interface OpenDataFilingUnit {
  code: string;
  name: string;
  kind: FilingUnitKind;
  kindLabel: string;
}

export function openDataFilingUnit(unit: PublicFilingUnit): OpenDataFilingUnit {
  return { code: unit.code, name: unit.name, kind: unit.kind, kindLabel: kindLabel(unit.kind) };
}

/** The JSON document of one published revision (docs/open-data.md describes every field). */
export interface OpenDataReport {
  schema: typeof REPORT_SCHEMA;
  formatId: FormatId;
  formatIssuedBy: string;
  title: string;
  organ: string;
  county: { code: string; name: string };
  filingUnit: OpenDataFilingUnit;
  year: number;
  /** First publication (YYYY-MM-DD); null: unknown (日期不详). */
  publishedAt: string | null;
  /** For an imported report: where publishedAt was read (DateSource id); null otherwise. */
  publishedAtSource: DateSource | null;
  revision: number;
  revisionPublishedAt: string | null;
  latestRevision: number;
  source: "workflow" | "import";
  corrections: { revision: number; publishedAt: string | null; note: string | null }[];
  revisions: { revision: number; publishedAt: string | null; url: string; json: string }[];
  sections: { id: string; heading: string; kind: "narrative" | "table"; table?: string }[];
  narratives: Record<string, string>;
  tables: Record<string, CellValue[][] | CellValue[] | { label: string; unit: string; value: CellValue }[]>;
  cellText?: Record<string, string>;
  checks: Pick<Finding, "id" | "severity" | "cells" | "message">[];
  urls: { html: string; json: string; csv: string; pdf: string; docx: string };
}

export function codesOf(report: Pick<PublicReport, "county" | "filingUnit" | "year">): ReportCodes {
  return { county: report.county.code, filingUnit: report.filingUnit.code, year: report.year };
}

/** Every URL of one revision; the latest revision's URLs carry no `?revision=`. */
export function reportUrls(codes: ReportCodes, revision?: number): OpenDataReport["urls"] {
  return {
    html: reportPath(codes, revision),
    json: reportFilePath(codes, "json", revision),
    csv: reportFilePath(codes, "csv", revision),
    pdf: reportFilePath(codes, "pdf", revision),
    docx: reportFilePath(codes, "docx", revision),
  };
}

function tablesOf(data: ReportData): OpenDataReport["tables"] {
  if (isGovData(data)) return { T2: data.tables.T2, T3: data.tables.T3, T4: data.tables.T4 };
  return { STAT: data.tables.STAT.map(({ label, unit, value }) => ({ label, unit, value })) };
}

export function toOpenDataReport(report: PublicReport): OpenDataReport {
  const format = getFormat(report.formatId);
  const codes = codesOf(report);
  const shown = report.revisions.find((r) => r.revision === report.revision);
  const pinned = report.revision === report.latestRevision ? undefined : report.revision;
  const cellText = isGovData(report.data) ? report.data.cellText : undefined;
  return {
    schema: REPORT_SCHEMA,
    formatId: report.formatId,
    formatIssuedBy: format.issuedBy,
    title: reportTitle(report.filingUnit.organName, report.year),
    organ: report.filingUnit.organName,
    county: report.county,
    filingUnit: openDataFilingUnit(report.filingUnit),
    year: report.year,
    publishedAt: report.firstPublishedAt,
    publishedAtSource: report.firstPublishedAtSource,
    revision: report.revision,
    revisionPublishedAt: shown?.publishedAt ?? report.firstPublishedAt,
    latestRevision: report.latestRevision,
    source: report.source,
    corrections: report.revisions
      .filter((r) => r.revision > 1)
      .map((r) => ({ revision: r.revision, publishedAt: r.publishedAt, note: r.correctionNote })),
    revisions: report.revisions.map((r) => {
      const urls = reportUrls(codes, r.revision === report.latestRevision ? undefined : r.revision);
      return { revision: r.revision, publishedAt: r.publishedAt, url: urls.html, json: urls.json };
    }),
    sections: format.sections.map((s) => ({
      id: s.id,
      heading: s.heading,
      kind: s.kind,
      ...(s.tableId ? { table: s.tableId } : {}),
    })),
    narratives: { ...report.data.narratives },
    tables: tablesOf(report.data),
    ...(cellText && Object.keys(cellText).length > 0 ? { cellText } : {}),
    checks: report.findings.map(({ id, severity, cells, message }) => ({ id, severity, cells, message })),
    urls: reportUrls(codes, pinned),
  };
}
