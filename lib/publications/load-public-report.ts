import type { Db } from "@/lib/db/client";
import { isFormatId } from "@/lib/format";
import type { ReportData } from "@/lib/format/report-data";
import { isDateSource } from "@/lib/import/publication-date";
import { kindOf } from "@/lib/places/filing-unit-kinds";
import { chinaDateOrNull } from "./china-date";
import { parseFindings } from "./parse-findings";
import type { PublicReport } from "./public-report-types";

export interface PublicReportQuery {
  county: string;
  filingUnit: string;
  year: number;
  /** A published revision; null for the latest. */
  revision: number | null;
}

/**
 * A published revision of a report, or null. Only Publication rows are read:
 * a draft, a submitted or an approved-but-unpublished report has none, so it
 * does not exist for the public, whatever the caller's role.
 */
export async function loadPublicReport(db: Db, query: PublicReportQuery): Promise<PublicReport | null> {
  const report = await db.report.findFirst({
    where: { year: query.year, filingUnit: { code: query.filingUnit, county: { code: query.county } } },
    select: {
      id: true,
      year: true,
      filingUnit: {
        select: { code: true, name: true, kind: true, county: { select: { code: true, name: true } } },
      },
      publications: {
        orderBy: { revision: "asc" },
        select: {
          id: true,
          revision: true,
          publishedAt: true,
          publishedAtSource: true,
          correctionNote: true,
        },
      },
    },
  });
  const revisions = report?.publications ?? [];
  const first = revisions[0];
  const last = revisions[revisions.length - 1];
  if (!report || !first || !last) return null;
  const chosen = query.revision === null ? last : revisions.find((r) => r.revision === query.revision);
  if (!chosen) return null;
  const publication = await db.publication.findUnique({
    where: { id: chosen.id },
    select: { formatId: true, data: true, findings: true, source: true, sourceNote: true, organName: true },
  });
  if (!publication || !isFormatId(publication.formatId)) return null;
  return {
    reportId: report.id,
    county: report.filingUnit.county,
    filingUnit: {
      code: report.filingUnit.code,
      name: report.filingUnit.name,
      kind: kindOf(report.filingUnit.kind),
      organName: publication.organName,
    },
    year: report.year,
    formatId: publication.formatId,
    revision: chosen.revision,
    latestRevision: last.revision,
    firstPublishedAt: chinaDateOrNull(first.publishedAt),
    firstPublishedAtSource: isDateSource(first.publishedAtSource) ? first.publishedAtSource : null,
    revisions: revisions.map((r) => ({
      revision: r.revision,
      publishedAt: chinaDateOrNull(r.publishedAt),
      correctionNote: r.correctionNote,
    })),
    source: publication.source === "import" ? "import" : "workflow",
    sourceNote: publication.sourceNote,
    data: publication.data as unknown as ReportData,
    findings: parseFindings(publication.findings),
  };
}
