import type { Db } from "@/lib/db/client";
import { isFormatId } from "@/lib/format";
import type { ReportData } from "@/lib/format/report-data";
import { isDateSource } from "@/lib/import/publication-date";
import { chinaDateOrNull } from "./china-date";
import { parseFindings } from "./parse-findings";
import type { PublicReport } from "./public-report-types";

export interface PublicReportQuery {
  county: string;
  township: string;
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
    where: { year: query.year, township: { code: query.township, county: { code: query.county } } },
    select: {
      id: true,
      year: true,
      township: {
        select: { code: true, name: true, organName: true, county: { select: { code: true, name: true } } },
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
    select: { formatId: true, data: true, findings: true, source: true, sourceNote: true },
  });
  if (!publication || !isFormatId(publication.formatId)) return null;
  return {
    reportId: report.id,
    county: report.township.county,
    township: {
      code: report.township.code,
      name: report.township.name,
      organName: report.township.organName,
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
